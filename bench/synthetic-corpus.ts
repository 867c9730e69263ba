// A synthetic corpus of any size for benchmarks: invented countries, people, places
// and groups; short articles whose sentences state every fact of the six kinds, so
// every quote is verbatim. Deterministic by seed. Generated on the fly, never committed.
import type { Article } from "../lib/content/schema";
import type { Corpus } from "../lib/facts/corpus";
import { factSchema, type Entity, type Fact } from "../lib/facts/schema";
import { MONTH_NAMES } from "../lib/facts/wording";
import { mulberry32 } from "../lib/questions/random";

const SYLLABLES = [
  "ka",
  "lo",
  "mer",
  "vin",
  "sa",
  "tor",
  "bel",
  "qua",
  "ri",
  "den",
  "zo",
  "mar",
  "nel",
  "dra",
  "pe",
  "gus",
  "ya",
  "hol",
];
const OFFICES = [
  "Foreign Minister",
  "Defence Minister",
  "President",
  "Prime Minister",
  "Interior Minister",
  "chief negotiator",
];
const FORMATS = ["talks", "three-way summit", "emergency meeting", "bilateral talks"];
const ACTIONS = [
  "withdraw heavy weapons from",
  "open a humanitarian corridor to",
  "exchange prisoners held in",
  "restore the road to",
  "hand over checkpoints around",
];

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function word(rng: Rng, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += pick(rng, SYLLABLES);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function uniqueNames(count: number, make: () => string): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(make());
  return [...names];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function isoDay(rng: Rng): { iso: string; text: string } {
  const year = 2015 + Math.floor(rng() * 8);
  const month = Math.floor(rng() * 12);
  const day = 1 + Math.floor(rng() * 28);
  const iso = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { iso, text: `${day} ${MONTH_NAMES[month]} ${year}` };
}

/** A corpus of `articles` articles, about ten facts each, over a cast that grows with it. */
export function syntheticCorpus(articles: number, seed = 1): Corpus {
  const rng = mulberry32(seed);
  const scale = (base: number, per: number, cap: number) => Math.min(cap, base + Math.floor(articles / per));
  const countryNames = uniqueNames(scale(12, 10, 150), () => `${word(rng, 2)}ia`);
  const personNames = uniqueNames(scale(30, 2, 800), () => `${word(rng, 2)} ${word(rng, 3)}`);
  const placeNames = uniqueNames(scale(15, 5, 300), () => word(rng, 3));
  const groupNames = uniqueNames(scale(8, 10, 120), () => `${word(rng, 2)} Front`);
  const agreementNames = uniqueNames(scale(2, 25, 60), () => `${word(rng, 2)} accord`);

  const entities: Entity[] = [];
  const add = (type: Entity["type"], name: string, extra: Partial<Entity> = {}): string => {
    const id = slug(name);
    entities.push({ id, type, name, aliases: [], ...extra });
    return id;
  };
  const countries = countryNames.map((n) => add("country", n));
  const people = personNames.map((n, i) =>
    add("person", n, { aliases: [n.split(" ")[1] ?? n], country: countries[i % countries.length] }),
  );
  const places = placeNames.map((n) => add("place", n));
  const groups = groupNames.map((n) => add("group", n));
  const agreements = agreementNames.map((n) => add("agreement", n));
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const n = (id: string) => nameOf.get(id) ?? id;

  const out: Article[] = [];
  const facts: Fact[] = [];
  const roleOf = new Map<string, string>();
  for (let a = 0; a < articles; a++) {
    const articleSlug = `synthetic-article-${a + 1}`;
    const passages: { id: string; text: string }[] = [];
    const say = (text: string): { passage: string; quote: string } => {
      const id = `p${passages.length + 1}`;
      passages.push({ id, text: `${text} Reporters said more details would follow.` });
      return { passage: id, quote: text };
    };
    const cite = (s: { passage: string; quote: string }) => [{ article: articleSlug, ...s }];
    const factId = (kind: string, k: number) => `a${a + 1}-${kind}-${k}`;

    for (let k = 0; k < 2; k++) {
      const backer = pick(rng, countries);
      const backed = pick(rng, groups);
      facts.push(
        factSchema.parse({
          id: factId("backing", k),
          kind: "backing",
          statement: `${n(backer)} backs the ${n(backed)}.`,
          backer,
          backed,
          phrasing: "backs",
          evidence: cite(say(`${n(backer)} backs the ${n(backed)} in the conflict.`)),
        }),
      );
    }
    for (let k = 0; k < 2; k++) {
      const p1 = pick(rng, people);
      let p2 = pick(rng, people);
      if (p2 === p1) p2 = people[(people.indexOf(p1) + 1) % people.length] ?? p2;
      const place = pick(rng, places);
      const date = isoDay(rng);
      const format = pick(rng, FORMATS);
      facts.push(
        factSchema.parse({
          id: factId("meeting", k),
          kind: "meeting",
          statement: `${n(p1)} and ${n(p2)} held ${format} in ${n(place)} on ${date.text}.`,
          participants: [p1, p2],
          place,
          date: { on: date.iso, precision: "day" },
          format,
          evidence: cite(say(`${n(p1)} and ${n(p2)} met in ${n(place)} on ${date.text} for ${format}.`)),
        }),
      );
    }
    for (let k = 0; k < 2; k++) {
      const agreement = pick(rng, agreements);
      const place = pick(rng, places);
      const action = `${pick(rng, ACTIONS)} ${n(place)}`;
      const date = isoDay(rng);
      const parties = [pick(rng, countries), pick(rng, countries)].filter((p, i, all) => all.indexOf(p) === i);
      const width = 5 * (1 + Math.floor(rng() * 6));
      facts.push(
        factSchema.parse({
          id: factId("deal", k),
          kind: "deal-term",
          statement: `Under the ${n(agreement)}, the parties must ${action} by ${date.text}.`,
          agreement,
          requires: action,
          parties,
          deadline: { on: date.iso, precision: "day" },
          quantity: { min: width, max: width + 5, qualifier: "exact", unit: "km" },
          evidence: cite(
            say(
              `Under the ${n(agreement)}, the parties must ${action} by ${date.text}, across a strip ${width}-${width + 5} km wide.`,
            ),
          ),
        }),
      );
    }
    {
      const place = pick(rng, places);
      const value = 1000 * (1 + Math.floor(rng() * 900));
      facts.push(
        factSchema.parse({
          id: factId("figure", 0),
          kind: "figure",
          statement: `The fighting has displaced more than ${value.toLocaleString("en-US")} people in ${n(place)}.`,
          quantity: { min: value, max: value, qualifier: "more-than", unit: "people" },
          counts: `people displaced in ${n(place)}`,
          measure: `displaced-${place}`,
          evidence: cite(
            say(`The fighting has displaced more than ${value.toLocaleString("en-US")} people in ${n(place)}.`),
          ),
        }),
      );
    }
    {
      const person = pick(rng, people);
      const office = roleOf.get(person) ?? pick(rng, OFFICES);
      roleOf.set(person, office);
      facts.push(
        factSchema.parse({
          id: factId("role", 0),
          kind: "role",
          statement: `${n(person)} is the ${office}.`,
          person,
          office,
          evidence: cite(say(`${office} ${n(person)} said the talks would continue.`)),
        }),
      );
    }
    for (let k = 0; k < 2; k++) {
      const group = pick(rng, groups);
      const place = pick(rng, places);
      const date = isoDay(rng);
      const what = `the ${n(group)} seized ${n(place)}`;
      facts.push(
        factSchema.parse({
          id: factId("event", k),
          kind: "event",
          statement: `On ${date.text}, ${what}.`,
          date: { on: date.iso, precision: "day" },
          what,
          actors: [group],
          evidence: cite(say(`On ${date.text}, ${what}.`)),
        }),
      );
    }
    out.push({
      slug: articleSlug,
      title: `Synthetic report ${a + 1}`,
      outlet: "Bench Wire",
      publishedOn: "2023-01-01",
      repairs: [],
      passages,
    });
  }
  return { articles: out, entities, facts };
}
