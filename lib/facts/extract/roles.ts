// People named by their office rather than their name: "the Turkish president",
// "the presidents of Russia and Turkey", "the Russian leader". The article (or
// the entity file) says who holds the office; without that, the words stay
// unresolved rather than guessed.
import type { DateMention } from "./dates";
import type { EntityBook } from "./entities";
import type { Mention } from "./mentions";

type PartialReading = { text: string; mentions: Mention[]; dates: DateMention[] };

const OFFICES: Record<string, string[]> = {
  president: ["president"],
  presidents: ["president"],
  leader: ["president", "leader", "prime minister", "chancellor", "king", "emir"],
  leaders: ["president", "leader", "prime minister", "chancellor", "king", "emir"],
  "prime minister": ["prime minister"],
  "prime ministers": ["prime minister"],
  "foreign minister": ["foreign minister"],
  "foreign ministers": ["foreign minister"],
  chancellor: ["chancellor"],
};
const OFFICE_WORDS = Object.keys(OFFICES)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Replaces office phrases with mentions of the people holding the office, where the article says who. */
export function resolveRoleReferences(readings: PartialReading[], book: EntityBook): void {
  const mentioned = new Map<string, number>();
  for (const r of readings) {
    for (const m of r.mentions)
      if (m.type === "person") for (const id of m.ids) mentioned.set(id, (mentioned.get(id) ?? 0) + 1);
  }
  const holder = (country: string, office: string) => officeHolder(book, mentioned, country, office);

  // "both countries", "the two countries": the two the article last named together.
  let pair: string[] | undefined;
  for (const r of readings) {
    const added: Mention[] = [];
    for (const m of r.text.matchAll(/\b(?:both|the two)\s+(?:countries|nations|governments)\b/gi)) {
      if (!pair || r.mentions.some((x) => x.start < m.index + m[0].length && x.end > m.index)) continue;
      added.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        ids: [...pair],
        actors: [...pair],
        type: "country",
        how: "role",
      });
    }
    const joined = coordinatedCountries(r, book);
    if (joined) pair = joined;
    // "the presidents of Russia and Turkey"
    const plural = new RegExp(`\\b(?:the\\s+)?(${OFFICE_WORDS})\\s+of\\s+`, "gi");
    for (const m of r.text.matchAll(plural)) {
      const after = m.index + m[0].length;
      const countries = countryRun(r.mentions, r.text, after);
      if (countries.length < 2) continue;
      const people = countries.map((c) => holder(c.actors[0] ?? "", m[1] ?? ""));
      if (people.some((p) => p === undefined)) continue;
      const last = countries[countries.length - 1];
      if (!last) continue;
      added.push({
        start: m.index,
        end: last.end,
        text: r.text.slice(m.index, last.end),
        ids: people.filter((p): p is string => p !== undefined),
        actors: people.filter((p): p is string => p !== undefined),
        type: "person",
        how: "role",
      });
    }
    // "the Russian and Turkish presidents"
    const demonymList = [...r.mentions.entries()].filter(([, m]) => m.how === "demonym");
    for (const [i, first] of demonymList) {
      const run = [first];
      let at = first.end;
      for (const next of r.mentions.slice(i + 1)) {
        if (next.how !== "demonym" || !/^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/.test(r.text.slice(at, next.start)))
          break;
        run.push(next);
        at = next.end;
      }
      const office = new RegExp(`^\\s+(${OFFICE_WORDS})\\b`, "i").exec(r.text.slice(at));
      if (run.length < 2 || !office?.[1] || !/s$/i.test(office[1])) continue;
      const people = run.map((c) => holder(c.actors[0] ?? "", office[1] ?? ""));
      if (people.some((p) => p === undefined)) continue;
      const ids = people.filter((p): p is string => p !== undefined);
      const the = /(?:^|\s)the\s+$/i.exec(r.text.slice(0, first.start));
      const start = the ? first.start - (the[0].length - (the[0].startsWith(" ") ? 1 : 0)) : first.start;
      const end = at + office[0].length;
      added.push({ start, end, text: r.text.slice(start, end), ids, actors: ids, type: "person", how: "role" });
    }
    // "the Turkish president", "the Russian leader"
    for (const c of r.mentions) {
      if (c.how !== "demonym") continue;
      const before = /(?:^|\s)(the|his|her|their)\s+$/i.exec(r.text.slice(0, c.start));
      const office = new RegExp(`^\\s+(${OFFICE_WORDS})\\b`, "i").exec(r.text.slice(c.end));
      if (!before || !office?.[1] || /s$/i.test(office[1])) continue;
      // "the Russian President Vladimir Putin" was already a titled mention.
      const person = holder(c.actors[0] ?? "", office[1]);
      if (!person) continue;
      const start = c.start - (before[0].length - (before[0].startsWith(" ") ? 1 : 0));
      const end = c.end + office[0].length;
      added.push({
        start,
        end,
        text: r.text.slice(start, end),
        ids: [person],
        actors: [person],
        type: "person",
        how: "role",
      });
    }
    if (added.length === 0) continue;
    const kept = r.mentions.filter((m) => added.every((a) => m.end <= a.start || m.start >= a.end));
    r.mentions = [...kept, ...added].sort((a, b) => a.start - b.start);
  }
}

/** Country mentions joined by commas and "and", starting at an offset. */
function countryRun(mentions: readonly Mention[], text: string, from: number): Mention[] {
  const run: Mention[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.start < at) continue;
    if (!/^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*)$/.test(text.slice(at, m.start))) break;
    if (m.type !== "country") break;
    run.push(m);
    at = m.end;
  }
  return run;
}

/**
 * Who holds an office for a country: the one person the article (or the entity
 * file) gives that title, else the one person of that country the article
 * names whose known title is not some other office.
 */
function officeHolder(
  book: EntityBook,
  mentioned: ReadonlyMap<string, number>,
  country: string,
  office: string,
): string | undefined {
  const titles = OFFICES[office.toLowerCase()] ?? [office.toLowerCase()];
  const holds = (id: string) => {
    const t = book.roles.get(id)?.title.toLowerCase();
    return t !== undefined && titles.some((x) => t.includes(x));
  };
  const ofCountry = [...mentioned.keys()].filter((id) => book.countryOf(id) === country);
  const titled = ofCountry.filter(holds);
  if (titled.length === 1) return titled[0];
  if (titled.length > 1) return undefined;
  const untitled = ofCountry.filter(
    (id) => !book.roles.has(id) || book.roles.get(id)?.title.toLowerCase() === "counterpart",
  );
  return untitled.length === 1 ? untitled[0] : undefined;
}

/**
 * Two countries named together: "Poland and Lithuania", "Polish Prime Minister
 * X and her Lithuanian counterpart Y" (through the people's countries).
 */
function coordinatedCountries(r: PartialReading, book: EntityBook): string[] | undefined {
  const countriesOf = (m: Mention): string[] =>
    m.type === "country" && m.how !== "demonym" && m.how !== "role"
      ? m.actors
      : m.type === "person"
        ? m.ids.map((id) => book.countryOf(id)).filter((c): c is string => c !== undefined)
        : [];
  let found: string[] | undefined;
  let run: Mention[] = [];
  const close = () => {
    const countries = new Set(run.flatMap(countriesOf));
    if (run.length >= 2 && countries.size === 2) found = [...countries];
  };
  for (const m of r.mentions) {
    const prev = run[run.length - 1];
    if (
      prev &&
      /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:his|her|their|the)\s+)?$/i.test(r.text.slice(prev.end, m.start))
    )
      run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
  return found;
}
