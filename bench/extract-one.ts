// One extraction measured in a process of its own, so its peak memory is its own:
//   node --import tsx bench/extract-one.ts SHAPE LENGTH
// prints one JSON line: characters, sentences-worth of passages, facts, ms, peak RSS.
import { benchText, type TextShape } from "./extract-text";
import { extractFacts } from "../lib/facts/extract";

const shape = process.argv[2] as TextShape;
const length = Number(process.argv[3]);
const passages = benchText(shape, length).map((text, id) => ({ id: `p${id + 1}`, text }));
const article = { slug: "bench", title: "Bench", publishedOn: "2020-03-06", repairs: [], passages };
// Load the lexicons first: the figure is the extraction, not the start-up.
extractFacts({ ...article, passages: [{ id: "p1", text: "Russia backs the government, officials said on Monday." }] });
const baseRss = process.resourceUsage().maxRSS;
const started = performance.now();
const { facts } = extractFacts(article);
const ms = performance.now() - started;
const chars = passages.reduce((n, p) => n + p.text.length, 0);
console.log(
  JSON.stringify({
    shape,
    chars,
    passages: passages.length,
    facts: facts.length,
    ms,
    baseRssMb: baseRss / 1024,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
