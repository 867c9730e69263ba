// The question engine's public API: pure functions over the corpus; no I/O, no clock,
// randomness only from seeds.
export * from "./schema";
export { buildBank, generateBank, type BankResult, type DroppedQuestion } from "./bank";
export { checkBank, checkQuestion, PROBLEM_CODES, type Problem, type ProblemCode } from "./check";
export { gradeAnswer } from "./grade";
export { assembleQuiz } from "./quiz";
export { DEFAULT_BLUEPRINT, blueprintSchema, type Blueprint } from "./blueprint";
export { settleQuestion, type Settled } from "./settle";
export { truthContext, judgeChoice, type TruthContext } from "./judge";
export { evaluateClaim, type Truth } from "./truth";
export { indexFacts, claimKey, type FactIndex } from "./fact-index";
export { normalizeText, normalizeName } from "./text";
export { formatDate, parseDateText, dateTextMatches } from "./dates";
export { formatQuantity, parseQuantityText, quantityTextMatches } from "./quantities";
export { hashString, mulberry32, shuffle } from "./random";
export { locateQuote, sentenceSpans } from "./evidence";
export { TOPIC_OF, questionId, questionKey } from "./build";
export { opaqueId, QUESTION_ID_PATTERN } from "./ids";
export * from "./export";
