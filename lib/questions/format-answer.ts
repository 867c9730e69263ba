// A learner's stored answer as one line of text, for feedback and review pages.
import { answerSchema, MATCH_ARROW } from "./schema";

export function formatAnswer(raw: unknown): string {
  const parsed = answerSchema.safeParse(raw);
  if (!parsed.success) return "(unreadable answer)";
  const a = parsed.data;
  switch (a.kind) {
    case "single-choice":
    case "evidence":
      return a.choice;
    case "multi-select":
      return a.choices.length ? a.choices.join("; ") : "(nothing selected)";
    case "true-false":
      return a.value ? "True" : "False";
    case "cloze":
    case "date":
      return a.text || "(blank)";
    case "ordering":
      return a.order.join(MATCH_ARROW);
    case "matching":
      return a.pairs.map((p) => `${p.left}${MATCH_ARROW}${p.right || "?"}`).join("; ");
  }
}
