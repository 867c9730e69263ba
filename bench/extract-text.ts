// Texts of any length for the extraction benchmark and its work-counting test.
// "realistic": wire-style paragraphs over a cast of invented people, places and
// groups that keeps growing with the text (as a long report names ever more
// people), real country names, dates, figures and agreements. "adversarial": the
// shapes that made extraction super-linear: the same dated sentence over and over,
// and one endless sentence of dates with no full stop. Deterministic by seed.
import { MONTH_NAMES } from "../lib/facts/wording";
import { mulberry32 } from "../lib/questions/random";

export type TextShape = "realistic" | "repeated-dates" | "endless-sentence";

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
const COUNTRIES = [
  "Russia",
  "Turkey",
  "Iran",
  "France",
  "Germany",
  "Ukraine",
  "Sudan",
  "Egypt",
  "Qatar",
  "Kazakhstan",
  "Norway",
  "Kenya",
];
const DEMONYMS = [
  "Russian",
  "Turkish",
  "Iranian",
  "French",
  "German",
  "Ukrainian",
  "Sudanese",
  "Egyptian",
  "Qatari",
  "Kazakh",
  "Norwegian",
  "Kenyan",
];
const OFFICES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "chief negotiator"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
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

/** One paragraph of a wire report; new names keep appearing as the text goes on. */
function paragraph(rng: Rng, cast: { people: string[]; places: string[]; groups: string[] }): string {
  // About one new person, place or group every paragraph or two.
  if (rng() < 0.6 || cast.people.length < 2) cast.people.push(`${word(rng, 2)} ${word(rng, 3)}`);
  if (rng() < 0.3 || cast.places.length < 1) cast.places.push(word(rng, 3));
  if (rng() < 0.2 || cast.groups.length < 1) cast.groups.push(`${word(rng, 2)} Front`);
  const i = Math.floor(rng() * COUNTRIES.length);
  const j = (i + 1 + Math.floor(rng() * (COUNTRIES.length - 1))) % COUNTRIES.length;
  const p1 = pick(rng, cast.people);
  const p2 = cast.people[cast.people.length - 1] ?? p1;
  const place = pick(rng, cast.places);
  const group = pick(rng, cast.groups);
  const day = 1 + Math.floor(rng() * 28);
  const month = pick(rng, MONTH_NAMES);
  const sentences = [
    `${DEMONYMS[i]} ${pick(rng, OFFICES)} ${p1} and his ${DEMONYMS[j]} counterpart ${p2} met in ${place} on ${day} ${month} for talks that lasted ${2 + Math.floor(rng() * 6)} hours.`,
    `${COUNTRIES[i]} backs the ${group}, while ${COUNTRIES[j]} supports forces opposed to it.`,
    `Under the agreement, both sides must ${pick(rng, ACTIONS)} ${place} by ${pick(rng, MONTH_NAMES)} ${1 + Math.floor(rng() * 28)}, ${p1} said.`,
    `The two delegations will meet again on ${pick(rng, WEEKDAYS)}, officials said, after ${1000 + Math.floor(rng() * 90000)} people fled the fighting last week.`,
    `"We will not accept a deal that leaves ${place} without water," ${p2} told reporters yesterday.`,
  ];
  const count = 2 + Math.floor(rng() * 3);
  const start = Math.floor(rng() * sentences.length);
  return Array.from({ length: count }, (_, k) => sentences[(start + k) % sentences.length]).join(" ");
}

/** Paragraphs of about `length` characters in total (cut at a paragraph, never mid-word). */
export function benchText(shape: TextShape, length: number, seed = 1): string[] {
  if (shape === "repeated-dates") {
    const sentence =
      "The talks resumed on 5 March 2020 and again on Monday, 9 March, before the ceasefire of 6 March held. ";
    const paragraphs: string[] = [];
    let total = 0;
    while (total < length) {
      const p = sentence.repeat(Math.max(1, Math.min(8, Math.ceil((length - total) / sentence.length)))).trim();
      paragraphs.push(p);
      total += p.length + 2;
    }
    return paragraphs;
  }
  if (shape === "endless-sentence") {
    const part = "on 5 March 2020, on Monday and on 7 March, ";
    return [
      part
        .repeat(Math.max(1, Math.ceil(length / part.length)))
        .slice(0, length)
        .trim(),
    ];
  }
  const rng = mulberry32(seed);
  const cast = { people: [] as string[], places: [] as string[], groups: [] as string[] };
  const paragraphs: string[] = [];
  let total = 0;
  while (total < length) {
    const p = paragraph(rng, cast);
    paragraphs.push(p);
    total += p.length + 2;
  }
  return paragraphs;
}
