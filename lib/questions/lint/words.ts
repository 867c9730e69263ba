// What the lint and the solver read from a question's surface: its stem, its
// options, and the content words of each, lightly stemmed so "bombing" meets "bomb".
import type { Fact } from "../../facts/schema";
import { assertNever } from "../../domain/assert-never";
import type { GenerationContext } from "../context";
import { MATCH_ARROW, type Question } from "../schema";
import { normalizeText } from "../text";

/** Function words and the words every prompt template uses; they carry no cue. */
const STOP = new Set(
  (
    "a an the and or but of to in on at by for from with without into onto over under about as is are was were be been being " +
    "has have had do does did this that these those it its they them their he his she her we our you your i me my " +
    "which what who whom whose when where why how not no nor so than then there here also too very can could would should " +
    "will shall may might must one ones all any some each every other such only own same just more most less least up " +
    "according articles article sentence statement supports true false select apply fill blank following these happened " +
    "after before while during against between"
  ).split(" "),
);

/** A crude suffix stripper: enough for "talks"/"talk", "backed"/"backs"/"backing". */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word.replace(/(ing|ed|es|s)$/u, "");
}

/** Whether two words are forms of one name: "Turkish"/"Turkey", "Russian"/"Russia" (a shared start of 4+ letters). */
export function sameRoot(a: string, b: string): boolean {
  const x = normalizeText(a);
  const y = normalizeText(b);
  if (x === y) return true;
  if (x.length < 4 || y.length < 4) return false;
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= 4 && n >= Math.min(x.length, y.length) - 3;
}

/** Distinct stemmed content words of a text. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeText(text).split(" ")) {
    if (w === "" || STOP.has(w) || (w.length < 3 && !/\d/.test(w))) continue;
    out.add(stem(w));
  }
  return out;
}

export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** The options a learner picks from (for matching, the right-hand column). */
export function optionsOf(q: Question): string[] {
  switch (q.kind) {
    case "true-false":
    case "cloze":
      return [];
    case "matching":
      return q.right;
    case "single-choice":
    case "multi-select":
    case "date":
    case "ordering":
    case "evidence":
      return q.choices;
    default:
      return assertNever(q);
  }
}

/** The wrong options of a choice question (none for typed, ordering and matching kinds). */
export function distractorsOf(q: Question): string[] {
  if (q.kind !== "single-choice" && q.kind !== "multi-select" && q.kind !== "date" && q.kind !== "evidence") return [];
  const keys = new Set(q.answers.map(normalizeText));
  return q.choices.filter((c) => !keys.has(normalizeText(c)));
}

/** The matching answers' right-hand sides, by left. */
export function matchedRights(q: Question & { kind: "matching" }): Map<string, string> {
  return new Map(
    q.answers
      .map((a) => a.split(MATCH_ARROW))
      .flatMap(([l, r]) => (l !== undefined && r !== undefined ? [[l, r] as const] : [])),
  );
}

/** The facts a question cites that the fact base knows. */
export function factsOf(q: Question, ctx: GenerationContext): Fact[] {
  return q.factIds.flatMap((id) => {
    const f = ctx.index.byId.get(id);
    return f ? [f] : [];
  });
}

export type Importance = "core" | "supporting" | "peripheral";

/**
 * A fact's importance. The field is being added to the fact schema; until it is
 * there (or where a file leaves it out) a fact is "supporting".
 */
export function importanceOf(fact: Fact): Importance {
  const value: unknown = Reflect.get(fact, "importance");
  return value === "core" || value === "peripheral" ? value : "supporting";
}

/**
 * The text shown to learners, piece by piece, for checks of wording. `quoted` marks
 * an article's own sentence (evidence options, cloze text), which is shown verbatim.
 */
export function shownTexts(q: Question): { where: string; text: string; quoted: boolean }[] {
  const out = [{ where: "prompt", text: q.prompt, quoted: false }];
  if (q.kind === "true-false" || q.kind === "evidence") {
    out.push({ where: "statement", text: q.statement, quoted: false });
  }
  if (q.kind === "cloze") out.push({ where: "text", text: q.text, quoted: true });
  if (q.kind === "matching") {
    for (const t of [...q.left, ...q.right]) out.push({ where: "option", text: t, quoted: false });
  } else if (q.kind !== "true-false") {
    for (const c of q.choices) out.push({ where: "option", text: c, quoted: q.kind === "evidence" });
  }
  return out;
}
