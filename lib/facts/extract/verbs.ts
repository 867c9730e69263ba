// Every form of a verb ("back" -> back, backs, backed, backing) from
// compromise's conjugator, as a regex alternation for the relation patterns.
import nlp from "compromise";

type Conjugation = Record<string, string | undefined>;

const conjugations = new Map<string, Conjugation>();

/** Conjugations of a word read as a verb ("secure" alone would be read as an adjective); each verb parsed once. */
function conjugate(infinitive: string): Conjugation {
  const known = conjugations.get(infinitive);
  if (known) return known;
  const doc = nlp(infinitive);
  doc.tag("Infinitive");
  const conj = (doc.verbs().conjugate() as Conjugation[])[0] ?? {};
  conjugations.set(infinitive, conj);
  return conj;
}

/** Conjugated forms of the given verbs, longest first, as "(?:backing|backed|...)". */
export function verbForms(...infinitives: string[]): string {
  const forms = new Set<string>();
  for (const inf of infinitives) {
    forms.add(inf);
    const conj = conjugate(inf);
    for (const key of ["PastTense", "PresentTense", "Gerund", "Participle"]) {
      const f = conj[key];
      if (f && !f.includes(" ")) forms.add(f);
    }
  }
  return `(?:${[...forms].sort((a, b) => b.length - a.length).join("|")})`;
}

/** Past participles, for passives and compounds ("backed by", "Russia-backed"). */
export function participles(...infinitives: string[]): string {
  const forms = infinitives.map((inf) => {
    const conj = conjugate(inf);
    return conj.Participle ?? conj.PastTense ?? `${inf}ed`;
  });
  return `(?:${forms.join("|")})`;
}
