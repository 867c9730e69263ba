import type { QuestionKind } from "@/lib/questions/schema";

export const KIND_LABELS: Record<QuestionKind, string> = {
  "single-choice": "Multiple choice",
  "multi-select": "Select all that apply",
  "true-false": "True or false",
  cloze: "Fill in the blank",
  date: "Dates",
  ordering: "Put in order",
  matching: "Matching",
  evidence: "Find the evidence",
};
