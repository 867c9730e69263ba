// Every JSON column of the schema and its one codec; the policy they share is in lib/domain/json-column.ts.
import { z } from "zod";
import { jsonColumn } from "../domain/json-column";
import { entitySchema, factSchema } from "../facts/schema";
import { answerSchema, questionSchema } from "../questions/schema";
import { setOptionsColumn } from "../teach";

export { StoredDataError } from "../domain/json-column";

/** Entity.aliases: the other names the articles use for it. */
export const entityAliases = jsonColumn("Entity.aliases", entitySchema.shape.aliases);

/** Fact.data: the whole fact as content/ or a teacher gave it (its status column is the one that counts). */
export const factData = jsonColumn("Fact.data", factSchema);

/** Question.data and QuestionVersion.data: the whole question as generated. */
export const questionData = jsonColumn("Question.data", questionSchema);
export const questionVersionData = jsonColumn("QuestionVersion.data", questionSchema);

/** QuestionSet.options: how a set is run (shuffle, feedback, attempts, time limit). */
export const setOptions = setOptionsColumn;

/** Attempt.questionIds: the questions of the attempt, in the order they are asked. */
export const attemptQuestionIds = jsonColumn("Attempt.questionIds", z.array(z.string()));

/** Attempt.config: how the attempt was started (its choices and seed); it only tunes the quiz, so {} is safe. */
export const attemptConfig = jsonColumn("Attempt.config", z.record(z.string(), z.unknown()), { fallback: {} });

/** Response.answer: the learner's answer as submitted (checked by the answer schema before it was stored). */
export const responseAnswer = jsonColumn("Response.answer", answerSchema);
