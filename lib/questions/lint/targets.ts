// The issue's "done when" targets for a bank, as checks a report prints PASS/FAIL
// and a suite can assert: counts, never timings.
import type { Question } from "../schema";
import type { SolverRow } from "../solver";
import type { Flaw } from "./types";

/** Items that ask for understanding: why, which source, how events connect, whose view. */
const UNDERSTANDING_AIMS = new Set(["why", "source", "connect", "perspective"]);
/** Until every generator sets `aim`: prompts that plainly ask why, compare sources or connect events. */
const UNDERSTANDING_PROMPT =
  /^\s*(why\b|what did .+ (fear|want)\b)|\bwhich (report|source|outlet)\b|\bwhose (account|claim|view)\b|\bwhat (connects|links)\b|\b(led to|in response to|as a result of)\b/i;

export function isUnderstanding(q: Question): boolean {
  if (q.aim !== undefined) return UNDERSTANDING_AIMS.has(q.aim);
  return UNDERSTANDING_PROMPT.test(q.prompt);
}

export type BankStats = {
  total: number;
  serious: number;
  trueFalseShare: number;
  maxItemsPerFact: number;
  /** The fact with the most items. */
  busiestFact: string | undefined;
  understandingShare: number;
  machineTemplates: number;
  /** Kinds whose solver score is more than 10 points above chance. */
  leakingKinds: string[];
};

export function bankStats(
  questions: readonly Question[],
  flaws: ReadonlyMap<string, readonly Flaw[]>,
  solver: readonly SolverRow[],
): BankStats {
  const all = questions.flatMap((q) => flaws.get(q.id) ?? []);
  const perFact = new Map<string, number>();
  for (const q of questions) for (const id of q.factIds) perFact.set(id, (perFact.get(id) ?? 0) + 1);
  const busiest = [...perFact].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const n = Math.max(1, questions.length);
  return {
    total: questions.length,
    serious: all.filter((f) => f.severity === "serious").length,
    trueFalseShare: questions.filter((q) => q.kind === "true-false").length / n,
    maxItemsPerFact: busiest?.[1] ?? 0,
    busiestFact: busiest?.[0],
    understandingShare: questions.filter(isUnderstanding).length / n,
    machineTemplates: all.filter((f) => f.code === "machine-template").length,
    leakingKinds: solver.filter(leaks).map((r) => r.kind),
  };
}

/**
 * A kind leaks when the solver beats chance by more than 10 points, and by more than
 * two standard errors of a chance score over that many items: with four items one
 * lucky coin is 20 points, which says nothing about the kind.
 */
export function leaks(row: SolverRow): boolean {
  const noise = 2 * Math.sqrt((row.chance * (1 - row.chance)) / Math.max(1, row.n));
  return row.difference > 0.1 && row.difference > noise;
}

export type TargetCheck = { name: string; pass: boolean; actual: string };

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function targetChecks(stats: BankStats): TargetCheck[] {
  return [
    { name: "no serious flaw", pass: stats.serious === 0, actual: `${stats.serious} serious` },
    {
      name: "solver within 10 points of chance on every kind (or within two standard errors)",
      pass: stats.leakingKinds.length === 0,
      actual: stats.leakingKinds.length === 0 ? "none above" : `above: ${stats.leakingKinds.join(", ")}`,
    },
    { name: "true/false 15% or less", pass: stats.trueFalseShare <= 0.15, actual: pct(stats.trueFalseShare) },
    {
      name: "at most 3 items per fact",
      pass: stats.maxItemsPerFact <= 3,
      actual: `${stats.maxItemsPerFact}${stats.busiestFact ? ` (${stats.busiestFact})` : ""}`,
    },
    {
      name: "at least 20% understanding items",
      pass: stats.understandingShare >= 0.2,
      actual: pct(stats.understandingShare),
    },
    { name: "no machine template", pass: stats.machineTemplates === 0, actual: `${stats.machineTemplates} found` },
  ];
}
