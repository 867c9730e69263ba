// True/false mirror pairs: a true and a false statement of the same fact in one
// bank give each other away (the one that differs is the false one).
import type { Question } from "../schema";
import { FALSE, TRUE } from "../kinds/true-false";
import { flaw, type Flaw } from "./types";

export function mirrorFlaws(questions: readonly Question[]): Map<string, Flaw[]> {
  const byFact = new Map<string, Question[]>();
  for (const q of questions) {
    if (q.kind !== "true-false") continue;
    for (const id of q.factIds) byFact.set(id, [...(byFact.get(id) ?? []), q]);
  }
  const out = new Map<string, Flaw[]>();
  for (const [factId, qs] of byFact) {
    const truths = qs.filter((q) => q.answers[0] === TRUE);
    const falses = qs.filter((q) => q.answers[0] === FALSE);
    if (truths.length === 0 || falses.length === 0) continue;
    for (const q of [...truths, ...falses]) {
      const other = (q.answers[0] === TRUE ? falses : truths)[0];
      if (!other || (out.get(q.id) ?? []).length > 0) continue;
      out.set(q.id, [
        flaw(
          "true-false-mirror",
          "moderate",
          `a ${q.answers[0] === TRUE ? "false" : "true"} statement of the same fact (${factId}) is in the bank: ${other.id}`,
        ),
      ]);
    }
  }
  return out;
}
