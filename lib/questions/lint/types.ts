// What the item-writing lint reports: a named flaw of one question, with the
// severity a teacher's audit would give it (see shared/ITEM-WRITING.md).
import { z } from "zod";

export const FLAW_CODES = [
  "wrong-or-ambiguous-key",
  "unsupported-key",
  "recurring-event-dating",
  "incomplete-participant-key",
  "nested-qualifier-options",
  "unattributed-contested-claim",
  "truncated-text",
  "missing-antecedent",
  "word-overlap-cue",
  "stem-giveaway-word",
  "absurd-distractor",
  "machine-template",
  "trivia-target",
  "true-false-mirror",
  "swapped-date",
  "gives-away",
] as const;
export const flawCodeSchema = z.enum(FLAW_CODES);
export type FlawCode = z.infer<typeof flawCodeSchema>;

/**
 * serious: the key is wrong or not the only defensible answer, the stem can't be
 * answered, or the evidence does not support the key. moderate: correct, but cued,
 * absurd, machine-made, broken, trivial or unattributed. minor: style.
 */
export const SEVERITIES = ["serious", "moderate", "minor"] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const flawSchema = z.strictObject({
  code: flawCodeSchema,
  severity: severitySchema,
  message: z.string().min(1),
});
export type Flaw = z.infer<typeof flawSchema>;

export const flaw = (code: FlawCode, severity: Severity, message: string): Flaw => ({ code, severity, message });

/** Worst first, then by code, so reports and pages list flaws the same way every time. */
export function sortFlaws(flaws: readonly Flaw[]): Flaw[] {
  const rank = (s: Severity) => SEVERITIES.indexOf(s);
  return [...flaws].sort(
    (a, b) =>
      rank(a.severity) - rank(b.severity) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.message < b.message ? -1 : 1),
  );
}
