// The learning aids: a timeline of the meetings and events, and the sides of the
// conflict from who backs whom. Pure: they take facts and names, and read nothing.
export type { SourcedFact, SourcedEvidence, EntityName } from "./types";
export { labelPeriod, comparePeriods, type PeriodLabel } from "./dates";
export { joinNames } from "./names";
export { buildTimeline, type Timeline, type TimelineDate, type TimelineEntry } from "./timeline";
export { buildSides, type Side, type SideMember, type BackerGroup, type BackingEdge } from "./sides";
export { pickFactQuiz, FACT_QUIZ_LENGTH, type FactQuestion } from "./fact-quiz";
export { startFactQuizSchema, type StartFactQuizInput } from "./schema";
