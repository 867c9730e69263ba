// The item-writing lint: named flaws of a question, judged as a teacher and an
// assessment writer would (shared/ITEM-WRITING.md). Generic: it reads the fact
// base and the question's surface, never a particular article.
import type { GenerationContext } from "../context";
import type { Question } from "../schema";
import { absurdFlaws } from "./absurd";
import {
  ambiguousMeetingDateFlaws,
  clozeContextFlaws,
  datelessEvidenceFlaws,
  clozeGiveawayFlaws,
  delegationFlaws,
  obviousTriviaFlaws,
  onlyKeyNamesFlaws,
} from "./audit-patterns";
import { brokenTextFlaws } from "./broken-text";
import { contestedFlaws } from "./contested";
import { stemGiveawayFlaws, wordOverlapFlaws } from "./cue";
import { datingFlaws } from "./dating";
import { keyFlaws } from "./key";
import { machineTemplateFlaws } from "./machine";
import { giveawayFlaws } from "./giveaway";
import { mirrorFlaws } from "./mirror";
import { participantFlaws } from "./participants";
import { nestedQualifierFlaws } from "./qualifiers";
import { triviaFlaws } from "./trivia";
import {
  flattenedHedgeFlaws,
  headOfStateTitleFlaws,
  leansBackFlaws,
  otherSideOptionFlaws,
  meetingSizeStemFlaws,
  pairedKeyFlaws,
  partialEvidenceFlaws,
  pronounInQuestionFlaws,
  reporterBlankFlaws,
  sizeWordCueFlaws,
  swappedDateFlaws,
  inventedFigureFlaws,
  longStatementFlaws,
  titleItemFlaws,
  unrefutedFalseFlaws,
  unsupportedJudgementFlaws,
  typedBlankFlaws,
} from "./teacher-read";
import { sortFlaws, type Flaw } from "./types";

export * from "./types";
export { MACHINE_TEMPLATES } from "./machine";
export { isRecurring } from "./dating";
export { clash } from "./giveaway";

/** Every flaw of one question on its own (bank-level flaws need lintBank). */
export function lintQuestion(question: Question, ctx: GenerationContext): Flaw[] {
  return sortFlaws([
    ...keyFlaws(question, ctx),
    ...participantFlaws(question, ctx),
    ...datingFlaws(question, ctx),
    ...nestedQualifierFlaws(question),
    ...contestedFlaws(question, ctx),
    ...brokenTextFlaws(question, ctx),
    ...wordOverlapFlaws(question),
    ...stemGiveawayFlaws(question, ctx),
    ...absurdFlaws(question, ctx),
    ...machineTemplateFlaws(question, ctx),
    ...triviaFlaws(question, ctx),
    ...onlyKeyNamesFlaws(question),
    ...clozeContextFlaws(question),
    ...clozeGiveawayFlaws(question, ctx),
    ...delegationFlaws(question, ctx),
    ...obviousTriviaFlaws(question, ctx),
    ...datelessEvidenceFlaws(question),
    ...ambiguousMeetingDateFlaws(question, ctx),
    ...typedBlankFlaws(question, ctx),
    ...leansBackFlaws(question, ctx),
    ...otherSideOptionFlaws(question, ctx),
    ...headOfStateTitleFlaws(question, ctx),
    ...flattenedHedgeFlaws(question),
    ...sizeWordCueFlaws(question),
    ...pronounInQuestionFlaws(question),
    ...titleItemFlaws(question, ctx),
    ...reporterBlankFlaws(question),
    ...meetingSizeStemFlaws(question),
    ...pairedKeyFlaws(question, ctx),
    ...partialEvidenceFlaws(question),
    ...unrefutedFalseFlaws(question, ctx),
    ...swappedDateFlaws(question, ctx),
    ...inventedFigureFlaws(question, ctx),
    ...longStatementFlaws(question),
    ...unsupportedJudgementFlaws(question),
  ]);
}

/** Every question's flaws, by id, including those only the bank as a whole shows (true/false mirrors). */
export function lintBank(questions: readonly Question[], ctx: GenerationContext): Map<string, Flaw[]> {
  const mirrors = mirrorFlaws(questions);
  const giveaways = giveawayFlaws(questions);
  const out = new Map<string, Flaw[]>();
  for (const q of questions)
    out.set(q.id, sortFlaws([...lintQuestion(q, ctx), ...(mirrors.get(q.id) ?? []), ...(giveaways.get(q.id) ?? [])]));
  return out;
}

/** The worst severity among flaws, or undefined when there are none. */
export function worstSeverity(flaws: readonly Flaw[]): Flaw["severity"] | undefined {
  return sortFlaws(flaws)[0]?.severity;
}

export { bankStats, targetChecks, isUnderstanding, type BankStats, type TargetCheck } from "./targets";
