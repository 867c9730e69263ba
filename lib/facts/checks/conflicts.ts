// Sources that disagree are recorded, not resolved: each side names the other
// in conflictsWith. Both sides must exist, list each other, and measure the same thing.
import type { Fact } from "../schema";
import type { Check, Problem } from "./problem";
import { factProblem } from "./problem";

export const checkConflicts: Check = (corpus, locate) => {
  const byId = new Map<string, Fact>(corpus.facts.map((f) => [f.id, f]));
  const problems: Problem[] = [];
  corpus.facts.forEach((fact, i) => {
    for (const otherId of fact.conflictsWith) {
      const report = (code: Problem["code"], message: string) =>
        problems.push(factProblem(locate, i, fact, code, message));
      const other = byId.get(otherId);
      if (otherId === fact.id) report("conflict-self", "conflictsWith lists the fact itself");
      else if (!other) report("conflict-unknown", `conflictsWith refers to unknown fact "${otherId}"`);
      else {
        if (!other.conflictsWith.includes(fact.id))
          report(
            "conflict-asymmetric",
            `conflicts with ${otherId}, but ${otherId} does not list ${fact.id} in conflictsWith`,
          );
        const mismatch = comparableMismatch(fact, other);
        if (mismatch) report("conflict-mismatch", mismatch);
      }
    }
  });
  return problems;
};

function comparableMismatch(a: Fact, b: Fact): string | undefined {
  if (a.kind !== b.kind) return `conflicts with ${b.id}, a ${b.kind} fact, but is a ${a.kind} fact`;
  if (a.kind === "figure" && b.kind === "figure" && a.measure !== b.measure) {
    return `conflicts with ${b.id}, which measures "${b.measure}", not "${a.measure}"`;
  }
  return undefined;
}
