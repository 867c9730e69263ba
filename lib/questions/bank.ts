// The question bank: every kind of question each fact supports, each one settled
// against the whole fact base and checked before it is kept.
import type { Corpus } from "../facts/corpus";
import type { Fact } from "../facts/schema";
import { asksFor, type Ask } from "./asks";
import { checkQuestion } from "./check";
import { chooseItems, type ChooseOptions } from "./choose";
import { gradeAnswer } from "./grade";
import { lintQuestion } from "./lint";
import { solveQuestion } from "./solver";
import { createContext, type GenerationContext } from "./context";
import { clozeForFact } from "./kinds/cloze";
import { dateFromAsk } from "./kinds/date";
import { evidenceForFact } from "./kinds/evidence";
import { backingMatching, deadlineMatching, partyMatching, roleMatching } from "./kinds/matching";
import { multiSelectFromAsk } from "./kinds/multi-select";
import { datedItems, orderingAt } from "./kinds/ordering";
import { sequencesAcrossYears } from "./kinds/sequence";
import { sourceComparisons } from "./kinds/source";
import { singleChoiceFromAsk } from "./kinds/single-choice";
import { trueFalseForFact } from "./kinds/true-false";
import { statedQuestions } from "./kinds/stated";
import { understandingItems } from "./kinds/understanding";
import type { Question } from "./schema";
import { settleQuestion } from "./settle";
import { normalizeText } from "./text";
import { indexMisconceptions, type Misconception } from "./misconceptions";

export type DroppedQuestion = { id: string; reason: string };
export type BankResult = {
  /** The bank: the best few items of each fact, chosen from the candidates. */
  questions: Question[];
  /** Every draft that settled and passed the checks, chosen or not. */
  candidates: Question[];
  dropped: DroppedQuestion[];
};

/** Choice questions are made once, from the first fact (by id) of the facts that prove them. */
function choiceQuestions(ctx: GenerationContext, fact: Fact, asks: readonly Ask[]): Question[] {
  const out: Question[] = [];
  for (const ask of asks) {
    if (ask.anchor !== fact || ask.forChoice === false) continue;
    const q = singleChoiceFromAsk(ctx, ask) ?? multiSelectFromAsk(ctx, ask) ?? dateFromAsk(ctx, ask);
    if (q) out.push(q);
  }
  return out;
}

function matchingQuestions(ctx: GenerationContext, fact: Fact): Question[] {
  const made =
    fact.kind === "backing"
      ? [backingMatching(ctx, fact)]
      : fact.kind === "deal-term"
        ? [deadlineMatching(ctx, fact), partyMatching(ctx, fact)]
        : fact.kind === "role"
          ? [roleMatching(ctx, fact)]
          : [];
  return made.flatMap((q) => (q ? [q] : []));
}

/** Questions that ask the same thing with the same options are one question. */
function signature(q: Question): string {
  const sorted = (xs: readonly string[]) => [...xs].map(normalizeText).sort().join("|");
  const shown = q.kind === "matching" ? `${sorted(q.left)}#${sorted(q.right)}` : sorted(q.choices);
  return `${q.kind}#${normalizeText(q.prompt)}#${sorted(q.answers)}#${shown}`;
}

function mergeDuplicates(questions: Question[]): Question[] {
  const bySignature = new Map<string, Question>();
  // The question made from the first fact (by id) keeps its id; ids are opaque, so they alone can't say which.
  const firstFact = (q: Question) => [...q.factIds].sort()[0] ?? "";
  const order = (a: Question, b: Question) => {
    const fa = firstFact(a);
    const fb = firstFact(b);
    if (fa !== fb) return fa < fb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  for (const q of [...questions].sort(order)) {
    const key = signature(q);
    const kept = bySignature.get(key);
    if (!kept) {
      bySignature.set(key, q);
      continue;
    }
    // The first id stays; the sources of both are kept. Reviewed wins: one reviewed fact proves it.
    const evidence = [...kept.evidence, ...q.evidence].filter(
      (e, i, all) =>
        all.findIndex((x) => x.article === e.article && x.passage === e.passage && x.quote === e.quote) === i,
    );
    bySignature.set(key, {
      ...kept,
      factIds: [...new Set([...kept.factIds, ...q.factIds])].sort(),
      articles: [...new Set([...kept.articles, ...q.articles])].sort(),
      evidence,
      status: kept.status === "reviewed" || q.status === "reviewed" ? "reviewed" : "proposed",
    });
  }
  return [...bySignature.values()];
}

/** How candidates are scored: by the item-writing lint and the test-wise solver. */
function chooseOptions(ctx: GenerationContext): ChooseOptions {
  return {
    flaws: (q) => lintQuestion(q, ctx),
    solvedByCue: (q) => gradeAnswer(q, solveQuestion(q)).score >= 0.99,
    // Items that give each other away stay in the bank as "enemies": a quiz never holds both
    // (quiz.ts), the way item banks keep enemy items off one test form.
  };
}

/** The bank and, for the report, every draft that was dropped and why. */
/** `misconceptions`: wrong answers learners chose (misconceptions.ts), preferred as distractors. */
export function buildBank(corpus: Corpus, misconceptions: readonly Misconception[] = []): BankResult {
  const ctx = createContext(corpus, indexMisconceptions(misconceptions));
  const drafts: Question[] = [];
  // Facts go in id order; what an earlier fact's question says, a later one avoids saying again.
  const usedStatements = new Set<string>();
  const usedBlanks = new Set<string>();
  for (const fact of ctx.index.facts) {
    // Words a sentence states are asked about in that sentence only.
    if (fact.kind === "stated") {
      drafts.push(...statedQuestions(ctx, fact));
      continue;
    }
    const asks = asksFor(ctx, fact);
    drafts.push(...choiceQuestions(ctx, fact, asks));
    drafts.push(...trueFalseForFact(ctx, fact, asks, usedStatements));
    const cloze = clozeForFact(ctx, fact, asks, usedBlanks);
    if (cloze) drafts.push(cloze);
    const evidence = evidenceForFact(ctx, fact, asks);
    if (evidence) drafts.push(evidence);
    drafts.push(...matchingQuestions(ctx, fact));
  }
  drafts.push(...sequencesAcrossYears(ctx));
  drafts.push(...sourceComparisons(ctx));
  drafts.push(...understandingItems(ctx));
  const dated = datedItems(ctx);
  dated.forEach((_, at) => {
    const q = orderingAt(dated, at);
    if (q) drafts.push(q);
  });

  const kept: Question[] = [];
  const dropped: DroppedQuestion[] = [];
  for (const draft of drafts) {
    const settled = settleQuestion(draft, ctx);
    if ("dropped" in settled) {
      dropped.push({ id: draft.id, reason: settled.dropped });
      continue;
    }
    const problems = checkQuestion(settled.question, ctx);
    if (problems.length > 0) {
      dropped.push({ id: draft.id, reason: problems.map((p) => `${p.code}: ${p.message}`).join("; ") });
      continue;
    }
    kept.push(settled.question);
  }
  const candidates = mergeDuplicates(kept).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const questions = chooseItems(candidates, ctx.index.facts, chooseOptions(ctx));
  return { questions, candidates, dropped: dropped.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

/** Every question the corpus supports, sorted by id. Same corpus, same bank. */
export function generateBank(corpus: Corpus, misconceptions: readonly Misconception[] = []): Question[] {
  return buildBank(corpus, misconceptions).questions;
}
