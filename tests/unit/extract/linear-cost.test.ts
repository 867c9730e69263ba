// Extraction's cost grows with the text, not with its square. Time is left to
// bench/extract.ts; here the work is counted: every character handed to
// compromise (tagging, sentence splitting) and to chrono (dates). Parsing a whole
// sentence again for every date in it, or a whole passage for every sentence,
// made ten times the text cost a hundred times the work; a long pasted text
// could hold the server for minutes.
import { afterEach, describe, expect, it, vi } from "vitest";
import { benchText, type TextShape } from "@/bench/extract-text";
import { extractFacts } from "@/lib/facts";
import { knownEntities } from "./helpers";

// vi.mock factories run before the module body: the counter must exist by then.
const { work, count } = vi.hoisted(() => {
  const work = { chars: 0, calls: 0 };
  const count = (input: unknown) => {
    work.calls++;
    if (typeof input === "string") work.chars += input.length;
  };
  return { work, count };
});

vi.mock("compromise", async (importOriginal) => {
  const real = (await importOriginal<typeof import("compromise")>()).default;
  const tokenize = new Proxy(real.tokenize, {
    apply: (target, self, args: unknown[]) => {
      count(args[0]);
      return Reflect.apply(target, self, args);
    },
  });
  const counted = new Proxy(real, {
    apply: (target, self, args: unknown[]) => {
      count(args[0]);
      return Reflect.apply(target, self, args);
    },
    get: (target, prop, receiver) => (prop === "tokenize" ? tokenize : Reflect.get(target, prop, receiver)),
  });
  return { default: counted };
});

vi.mock("chrono-node", async (importOriginal) => {
  const real = await importOriginal<typeof import("chrono-node")>();
  const parse = real.Chrono.prototype.parse;
  real.Chrono.prototype.parse = function (this: InstanceType<typeof real.Chrono>, ...args: Parameters<typeof parse>) {
    count(args[0]);
    return parse.apply(this, args);
  };
  return real;
});

vi.setConfig({ testTimeout: 180_000 });

function workFor(shape: TextShape, length: number): { chars: number; calls: number } {
  const passages = benchText(shape, length).map((text, i) => ({ id: `p${i + 1}`, text }));
  work.chars = 0;
  work.calls = 0;
  extractFacts(
    { slug: "long-paste", title: "A long paste", publishedOn: "2020-03-06", repairs: [], passages },
    { entities: knownEntities },
  );
  return { ...work };
}

afterEach(() => {
  work.chars = 0;
  work.calls = 0;
});

describe("extraction work against text length", () => {
  it.each<TextShape>(["realistic", "repeated-dates", "endless-sentence"])(
    "%s text: ten times the length is at most about ten times the work",
    (shape) => {
      // A first run loads the lexicons, so both measured runs start warm.
      workFor(shape, 500);
      const small = workFor(shape, 4_000);
      const large = workFor(shape, 40_000);
      expect(small.chars).toBeGreaterThan(4_000);
      // Linear would be 10; a quadratic hot spot gives 50 to 100.
      expect(large.chars / small.chars).toBeLessThan(14);
      expect(large.calls / small.calls).toBeLessThan(14);
    },
  );
});
