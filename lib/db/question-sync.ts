// Generated questions → database, one namespace at a time: the library's bank
// (ownerId null) or one teacher's. Ids are stable, so a regenerated bank updates
// rows in place; a question the generator no longer makes is retired (kept for
// the answers that point at it), never deleted. Every version is kept as a
// QuestionVersion row, so an answer shows the question as it was answered.
// Hidden stays as a maintainer set it.
import type { Question } from "../questions/schema";
import type { SyncCounts } from "../teach/library-store";
import type { Db } from "./client";
import { questionData, questionVersionData } from "./codecs";
import { fingerprint } from "./hash";
import { forgetQuestionContent } from "./questions";

// The same counts as a content sync reports.
export type QuestionSyncReport = SyncCounts;

/**
 * The row id of a question in a namespace: the generator's own id in the library;
 * in a teacher's bank a digest of it with the owner, so two banks never share a
 * row (the generator gives a question resting on the same facts the same id).
 */
export function storedQuestionId(ownerId: string | null, generatedId: string): string {
  return ownerId === null ? generatedId : `q_${fingerprint(["owner", ownerId, generatedId])}`;
}

/**
 * Stores these questions in a namespace, each created or updated in place with its
 * version and facts; the namespace's other questions stay as they are (a sync
 * retires them, this does not). Returns how many were created, updated and unchanged.
 */
export async function storeQuestions(
  db: Db,
  generated: readonly Question[],
  options: { ownerId?: string | null } = {},
): Promise<QuestionSyncReport> {
  const ownerId = options.ownerId ?? null;
  const questions = generated.map((q) => ({ ...q, id: storedQuestionId(ownerId, q.id) }));
  const report: QuestionSyncReport = { created: 0, updated: 0, unchanged: 0, retired: 0 };
  const existing = new Map(
    (await db.question.findMany({ where: { ownerId }, select: { id: true, contentHash: true, retired: true } })).map(
      (q) => [q.id, q],
    ),
  );
  const knownFacts = new Set((await db.fact.findMany({ select: { id: true } })).map((f) => f.id));
  for (const q of questions) {
    const contentHash = fingerprint(q);
    const row = existing.get(q.id);
    if (row && row.contentHash === contentHash && !row.retired) {
      report.unchanged += 1;
      continue;
    }
    const data = questionData.encode(q);
    const fields = {
      kind: q.kind,
      topic: q.topic,
      prompt: q.prompt,
      data,
      status: q.status,
      difficulty: q.difficulty,
      contentHash,
      retired: false,
    };
    const factIds = q.factIds.filter((id) => knownFacts.has(id));
    await db.$transaction(async (tx) => {
      await tx.question.upsert({ where: { id: q.id }, create: { id: q.id, ownerId, ...fields }, update: fields });
      await tx.questionVersion.upsert({
        where: { questionId_contentHash: { questionId: q.id, contentHash } },
        create: { questionId: q.id, contentHash, data: questionVersionData.encode(q) },
        update: {},
      });
      await tx.questionFact.deleteMany({ where: { questionId: q.id } });
      await tx.questionFact.createMany({ data: factIds.map((factId) => ({ questionId: q.id, factId })) });
    });
    if (row) report.updated += 1;
    else report.created += 1;
  }
  forgetQuestionContent(db);
  return report;
}

/** Makes a namespace's bank exactly these questions: each stored, and the namespace's others retired. */
export async function syncQuestions(
  db: Db,
  generated: readonly Question[],
  options: { ownerId?: string | null } = {},
): Promise<QuestionSyncReport> {
  const ownerId = options.ownerId ?? null;
  const report = await storeQuestions(db, generated, { ownerId });
  const made = new Set(generated.map((q) => storedQuestionId(ownerId, q.id)));
  const gone = (await db.question.findMany({ where: { ownerId, retired: false }, select: { id: true } }))
    .map((q) => q.id)
    .filter((id) => !made.has(id));
  if (gone.length) {
    report.retired = (await db.question.updateMany({ where: { id: { in: gone } }, data: { retired: true } })).count;
  }
  return report;
}
