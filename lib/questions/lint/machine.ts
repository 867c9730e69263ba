// Machine English: phrasings no teacher would say aloud. A data table, so a new
// template found in an audit is one more row, not new code.
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { flaw, type Flaw } from "./types";
import { shownTexts } from "./words";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Each row: what it looks like, and what a teacher would say instead. */
export const MACHINE_TEMPLATES: readonly { pattern: RegExp; name: string; instead: string }[] = [
  {
    pattern: /\bwhat figure do the articles give for\b/i,
    name: "What figure do the articles give for",
    instead: 'ask for the thing itself: "How many … ?"',
  },
  {
    pattern: /\bthe figure for\b/i,
    name: "the figure for … is",
    instead: 'state the number in a sentence: "… killed 36 soldiers"',
  },
  { pattern: /\bmust do this:/i, name: "must do this:", instead: '"… agreed to …"' },
  { pattern: /\bmust be done by [^:]*:/i, name: "must be done by …:", instead: '"the deadline for … was …"' },
  { pattern: /\bwhen did this happen:/i, name: "When did this happen:", instead: '"When did … ?"' },
  {
    pattern: /\b\w+'s (military|political|security) analyst\b/i,
    name: "'s military analyst",
    instead: '"a Turkish military analyst"',
  },
  { pattern: /\b(Russia|Turkey|Iran|Syria|\w+)'s Kremlin\b/, name: "'s Kremlin …", instead: '"the Kremlin spokesman"' },
  { pattern: new RegExp(`\\bin \\d{1,2} (${MONTHS})\\b`), name: "in 4 March", instead: '"on 4 March"' },
  { pattern: new RegExp(`\\bon (${MONTHS}) \\d{4}\\b`), name: "on March 2020", instead: '"in March 2020"' },
  { pattern: /\b(\p{L}+) \1\b/iu, name: "a doubled word", instead: "say it once" },
  { pattern: /\bhold a negotiations process\b/i, name: "hold a negotiations process", instead: '"launched talks"' },
  {
    pattern: /\((?:\p{Lu}[\p{L}-]+ ?){1,4}(?:, (?:\p{Lu}[\p{L}-]+ ?){1,4})*(?: and (?:\p{Lu}[\p{L}-]+ ?){1,4})\)/u,
    name: "a label with names in brackets",
    instead: 'a sentence: "Putin and Erdogan met in Sochi"',
  },
  { pattern: /\s[,.;:?]/, name: "a space before punctuation", instead: "no space before , . ; : ?" },
  { pattern: /\?\s*\?|\.\s*\.$/, name: "doubled end punctuation", instead: "one mark" },
];

/** Every capitalised name of the corpus's entities, once per context. */
const PROPER_NAMES = new WeakMap<GenerationContext, string[]>();
function properNames(ctx: GenerationContext): string[] {
  let names = PROPER_NAMES.get(ctx);
  if (!names) {
    const all = [...ctx.pools.entitiesOfType.values()].flat();
    names = [...new Set(all.flatMap((v) => (v.type === "entity" ? ctx.index.entities.names(v.id) : [])))].filter(
      (n) => /^\p{Lu}/u.test(n) && n.length > 3 && n !== n.toLowerCase(),
    );
    PROPER_NAMES.set(ctx, names);
  }
  return names;
}

/** A name written in lower case where the entity is a proper name ("on the sochi deal"). */
function lowercasedNames(text: string, ctx: GenerationContext): string[] {
  const out: string[] = [];
  for (const name of properNames(ctx)) {
    const lower = name.toLowerCase();
    const at = text.indexOf(lower);
    if (at !== -1 && !text.includes(name) && /\b(on|in|at|of) the $/.test(text.slice(0, at))) out.push(name);
  }
  return out;
}

export function machineTemplateFlaws(q: Question, ctx: GenerationContext): Flaw[] {
  const out: Flaw[] = [];
  const seen = new Set<string>();
  for (const { where, text, quoted } of shownTexts(q)) {
    // An article's own words are quoted as they are; only the question's wording is ours to judge.
    if (quoted) continue;
    for (const t of MACHINE_TEMPLATES) {
      if (seen.has(t.name) || !t.pattern.test(text)) continue;
      seen.add(t.name);
      out.push(
        flaw("machine-template", "moderate", `the ${where} uses machine English ("${t.name}"); instead ${t.instead}`),
      );
    }
    for (const name of lowercasedNames(text, ctx)) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(flaw("machine-template", "moderate", `the ${where} writes the name "${name}" in lower case`));
    }
  }
  return out;
}
