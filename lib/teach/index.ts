// The teaching domain's public API: pure functions (no I/O, no clock, randomness
// passed in) behind the teacher pages: set options, join codes, set order, the bank
// browser, item analysis, the passage heatmap, CSV and fact editing.
export * from "./schema";
export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, makeJoinCode, isUnambiguous } from "./join-code";
export { moveItem, attemptOrder, type Direction } from "./set-order";
export { resultsWithheld } from "./feedback-timing";
export { difficultyBand, matchesFilter, filterBank, BANK_PAGE_SIZE, type BankPage } from "./bank-filter";
export { csvField, toCsv, safeFileName, type CsvCell } from "./csv";
export {
  analyzeItem,
  analyzeItems,
  rankLearners,
  groupSize,
  describeDiscrimination,
  describeItem,
  likelyMisconception,
  MIN_TAKERS_TO_JUDGE,
  GROUP_FRACTION,
  type ItemStats,
  type ItemResponse,
  type LearnerScore,
} from "./item-analysis";
export {
  heatLevel,
  passageHeat,
  passageKey,
  describeHeat,
  HEAT_LEVEL_LABELS,
  type HeatLevel,
  type PassageHeat,
  type PassageRef,
  type ItemOutcome,
} from "./heatmap";
export {
  buildAssignmentReport,
  scoreDistribution,
  type AssignmentReport,
  type LearnerRow,
  type LearnerStatus,
  type DistributionBand,
  type ReportAttempt,
  type ReportLearner,
  type ReportQuestion,
  type ReportResponse,
} from "./assignment-report";
export { assignmentResultsCsv, type CsvQuestion } from "./results-csv";
export {
  FACT_FIELDS,
  factFormValues,
  applyFactEdit,
  formatFactDate,
  parseFactDate,
  parseQuantity,
  formatQuantity,
  findEntitiesByName,
  resolveEntityNames,
  newFactId,
  newFactDraft,
  MAX_LIST_ENTRIES,
  newFactSchema,
  approveFactsSchema,
  selectionParamsSchema,
  type FieldSpec,
  type FieldType,
  type FactEditResult,
  type FactDraft,
  type EntityResolution,
} from "./fact-edit";
export { zipFiles } from "./zip";
export { joinOrigin, joinUrl, qrModules, qrPath, type OriginHeaders } from "./join-link";
export {
  addMatchingSchema,
  addArticleQuestionsSchema,
  placeSetQuestionSchema,
  placeItem,
  describeBulkAdd,
  type AddMatchingInput,
  type AddArticleQuestionsInput,
  type BulkAddResult,
} from "./set-bulk";
export {
  articleCoverage,
  describeCoverage,
  type ArticleCoverage,
  type PassageCoverage,
  type CoverageQuestion,
  type CoverageFact,
} from "./coverage";
export {
  fillFromBlueprintSchema,
  blueprintFromWeights,
  describeBlueprintFill,
  MAX_BLUEPRINT_FILL,
} from "./set-blueprint";
export type { OwnTeacherArticle, ReviewFact, TeacherArticleStore } from "./article-store";
export { editableFact } from "./review-facts";
