// The bank as one JSON document: the articles and facts the questions cite, and the
// questions with their answers as choice texts, so another tool can show and prove them.
import { z } from "zod";
import { articleSchema, passageKeySchema, slugSchema } from "../../content/schema";
import type { Corpus } from "../../facts/corpus";
import { evidenceSchema, factIdSchema, factStatusSchema } from "../../facts/schema";
import {
  questionEvidenceSchema,
  questionKindSchema,
  questionStatusSchema,
  topicSchema,
  type Question,
} from "../schema";
import { displayPrompt } from "./display";

export const bankExportSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(
    z.strictObject({
      slug: slugSchema,
      title: z.string().min(1),
      outlet: z.string().nullable(),
      publishedOn: articleSchema.shape.publishedOn,
      passages: z.array(z.strictObject({ id: passageKeySchema, text: z.string().min(1) })),
    }),
  ),
  facts: z.array(
    z.strictObject({
      id: factIdSchema,
      kind: z.string().min(1),
      statement: z.string().min(1),
      status: factStatusSchema,
      evidence: z.array(evidenceSchema),
    }),
  ),
  questions: z.array(
    z.strictObject({
      id: z.string().min(1),
      kind: questionKindSchema,
      topic: topicSchema,
      /** The full question as shown: a cloze includes its sentence with the blank. */
      prompt: z.string().min(1),
      /** Choice texts; the items to order; the right-hand options of a matching question. */
      choices: z.array(z.string()),
      /** Correct choice texts; "True"/"False"; items in order; "left → right"; accepted typed answers. */
      answers: z.array(z.string()).min(1),
      factIds: z.array(factIdSchema).min(1),
      status: questionStatusSchema,
      evidence: z.array(questionEvidenceSchema),
      explanation: z.string(),
      /** Matching only: the items to match. */
      left: z.array(z.string()).optional(),
    }),
  ),
});
export type BankExport = z.infer<typeof bankExportSchema>;

/** The export of any list of questions (the whole bank or a teacher's set), with only what they cite. */
export function exportBankJson(questions: readonly Question[], corpus: Corpus): BankExport {
  const factIds = new Set(questions.flatMap((q) => q.factIds));
  const facts = corpus.facts
    .filter((f) => factIds.has(f.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((f) => ({ id: f.id, kind: f.kind, statement: f.statement, status: f.status, evidence: f.evidence }));
  const slugs = new Set([
    ...questions.flatMap((q) => q.articles),
    ...facts.flatMap((f) => f.evidence.map((e) => e.article)),
  ]);
  const articles = corpus.articles
    .filter((a) => slugs.has(a.slug))
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
    .map((a) => ({
      slug: a.slug,
      title: a.title,
      outlet: a.outlet ?? null,
      publishedOn: a.publishedOn,
      passages: a.passages.map((p) => ({ id: p.id, text: p.text })),
    }));
  return {
    version: 1,
    articles,
    facts,
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      topic: q.topic,
      prompt: displayPrompt(q),
      choices: q.kind === "matching" ? q.right : q.choices,
      answers: q.answers,
      factIds: q.factIds,
      status: q.status,
      evidence: q.evidence,
      explanation: q.explanation,
      ...(q.kind === "matching" ? { left: q.left } : {}),
    })),
  };
}

export function formatBankJson(questions: readonly Question[], corpus: Corpus): string {
  return `${JSON.stringify(exportBankJson(questions, corpus), null, 2)}\n`;
}
