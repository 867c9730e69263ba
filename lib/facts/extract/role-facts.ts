// Roles: the office wire copy puts before a name ("Colombian President Juan
// Manuel Santos", "FARC leader Rodrigo Londono", "U.S. Secretary of State John
// Kerry"). The title mention already joined title and name (mentions.ts); here
// its words are split into the affiliation (a country, or a group named before
// the title) and the office. One role per person, from the first titled mention.
import type { Article } from "../../content/schema";
import type { FactOfKind } from "../schema";
import { countryByWord } from "./countries";
import type { EntityBook } from "./entities";
import { factId } from "./ids";
import { nameOf } from "./naming";
import type { Reading } from "./reading";

type RoleFact = FactOfKind<"role">;

/** Words a title begins with that belong to neither the office nor the affiliation. */
const DETERMINER = /^(?:the|his|her|their|its)\s+/i;
/** "counterpart" names no office of its own; "former" ones are kept ("Former President"). */
const NO_OFFICE = /\bcounterpart\b/i;

export function findRoles(article: Article, readings: readonly Reading[], book: EntityBook): RoleFact[] {
  const out = new Map<string, RoleFact>();
  for (const reading of readings) {
    for (const m of reading.mentions) {
      const person = m.ids[0];
      if (m.how !== "titled" || m.type !== "person" || !person || out.has(person)) continue;
      const entity = book.get(person);
      if (!entity) continue;
      const raw = reading.sentence.text.slice(m.start, m.end);
      const split = splitTitle(raw, entity.name);
      if (!split || NO_OFFICE.test(split.office)) continue;
      const country = split.affiliation ? countryOfWords(split.affiliation, book) : undefined;
      const office =
        split.affiliation && !country
          ? `${split.office} of ${/^(?:\p{Lu}\.)+$|^\p{Lu}{2,}$/u.test(split.affiliation) ? "the " : ""}${split.affiliation.replace(/'s$/, "")}`
          : split.office;
      // The title and name as one quote when the passage has them once; else the sentence.
      const passage = article.passages.find((p) => p.id === reading.sentence.passage)?.text ?? "";
      const quote = passage.indexOf(raw) === passage.lastIndexOf(raw) ? raw : reading.sentence.text;
      const who = nameOf(book, person);
      out.set(person, {
        id: factId("role", [person], { words: office }),
        kind: "role",
        status: "proposed",
        statement: `${who} is ${/^(?:former|acting|deputy)\b/i.test(office) ? "a " : "the "}${office}${country ? ` of ${nameOf(book, country)}` : ""}.`,
        person,
        office,
        ...(country ? { country } : {}),
        evidence: [{ article: article.slug, passage: reading.sentence.passage, quote }],
        conflictsWith: [],
        importance: "supporting",
      });
    }
  }
  return [...out.values()];
}

/** "Colombian President Juan Manuel Santos" -> affiliation "Colombian", office "President". */
function splitTitle(raw: string, name: string): { affiliation?: string; office: string } | undefined {
  const lastName = name.split(/\s+/).pop() ?? name;
  const at = raw.lastIndexOf(name) >= 0 ? raw.lastIndexOf(name) : raw.lastIndexOf(lastName);
  if (at <= 0) return undefined;
  const words = raw
    .slice(0, at)
    .replace(DETERMINER, "")
    .replace(/[\s,]+$/, "")
    .split(/\s+/)
    .filter(Boolean);
  // The affiliation is what comes before the first word of the office: a country word or a capitalised name.
  const first = words.findIndex((w) => OFFICE_START.test(w));
  if (first < 0) return undefined;
  const affiliation = words.slice(0, first).join(" ");
  const office = words.slice(first).join(" ");
  return office ? { ...(affiliation ? { affiliation } : {}), office } : undefined;
}

const OFFICE_START =
  /^(?:[Pp]resident|[Pp]rime|[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Ff]inance|[Tt]rade|[Dd]eputy|[Vv]ice|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Pp]rince|[Cc]rown|[Ee]mir|[Ss]ultan|[Ll]eader|[Ss]ecretary(?:-[Gg]eneral)?|[Ss]pokes(?:man|woman|person)|[Ee]nvoy|[Aa]mbassador|[Cc]ommander|[Gg]overnor|[Mm]ayor|[Pp]remier|[Mm]inister|[Nn]egotiator|[Gg]eneral|[Cc]hief|[Hh]ead|[Ff]ormer|[Ss]pecial|[Ss]enior|[Tt]op|[Ss]upreme|[Nn]ational|[Ss]tate|[Aa]cting)$/;

const ABBREVIATIONS: Record<string, NonNullable<ReturnType<typeof countryByWord>>> = {};
for (const [short, name] of [
  ["U.S.", "United States"],
  ["US", "United States"],
  ["U.K.", "United Kingdom"],
  ["UK", "United Kingdom"],
]) {
  const info = name ? countryByWord(name) : undefined;
  if (short && info) ABBREVIATIONS[short] = info;
}

/** The country a title's affiliation names: "Colombian", "U.S.", "Russia's". */
function countryOfWords(words: string, book: EntityBook): string | undefined {
  const short = ABBREVIATIONS[words.replace(/'s$/, "")];
  if (short) return book.country(short);
  const info =
    countryByWord(words.replace(/'s$/, "")) ?? countryByWord(words.split(/\s+/).pop()?.replace(/'s$/, "") ?? "");
  return info ? book.country(info) : undefined;
}
