// Options that nest: with "more than N" options the lowest is the weakest, safest
// claim (true whenever any of the others is); with "up to N" the highest. A
// test-wise learner picks it without reading. If the key is not that option, the
// weaker option is true as well: a second defensible answer.
import type { Question } from "../schema";
import { parseQuantityText } from "../quantities";
import { normalizeText } from "../text";
import { flaw, type Flaw } from "./types";

type Bound = "more-than" | "up-to";

function bounded(text: string): { bound: Bound; value: number } | undefined {
  const m = /^\s*(more than|over|at least|upwards of|up to|as many as|at most|fewer than|less than)\s+(.+)$/i.exec(
    text,
  );
  if (!m?.[1] || !m[2]) return undefined;
  const parsed = parseQuantityText(m[2]);
  if (!parsed) return undefined;
  const lower = /^(more than|over|at least|upwards of)$/i.test(m[1]);
  return { bound: lower ? "more-than" : "up-to", value: lower ? parsed.min : parsed.max };
}

export function nestedQualifierFlaws(q: Question): Flaw[] {
  if (q.kind !== "single-choice" && q.kind !== "multi-select") return [];
  const isKey = (c: string) => q.answers.some((a) => normalizeText(a) === normalizeText(c));
  for (const bound of ["more-than", "up-to"] as const) {
    const options = q.choices.flatMap((c) => {
      const b = bounded(c);
      return b && b.bound === bound ? [{ text: c, value: b.value, key: isKey(c) }] : [];
    });
    if (options.length < 2) continue;
    // The weakest claim: the lowest "more than", the highest "up to".
    const weakest = options.reduce((w, o) => ((bound === "more-than" ? o.value < w.value : o.value > w.value) ? o : w));
    const keys = options.filter((o) => o.key);
    if (keys.length === 0) continue;
    const word = bound === "more-than" ? "more than" : "up to";
    if (q.kind === "single-choice" && !weakest.key) {
      return [
        flaw(
          "wrong-or-ambiguous-key",
          "serious",
          `"${weakest.text}" is implied by the key "${keys[0]?.text}": two options are true`,
        ),
      ];
    }
    return [
      flaw(
        "nested-qualifier-options",
        "moderate",
        `the "${word}" options nest, and the key "${keys[0]?.text}" is the weakest claim, true whenever any other is`,
      ),
    ];
  }
  return [];
}
