// Generated questions → database. Ids are stable, so a regenerated bank updates
// rows in place; a question the generator no longer makes is retired (kept for
// the answers that point at it), never deleted. Hidden stays as a teacher set it.
import type { Question } from "../questions/schema";
import type { Db } from "./client";
import { fingerprint } from "./hash";
import { forgetQuestionContent } from "./questions";

export type QuestionSyncReport = { created: number; updated: number; unchanged: number; retired: number };

export async function syncQuestions(db: Db, questions: readonly Question[]): Promise<QuestionSyncReport> {
  const report: QuestionSyncReport = { created: 0, updated: 0, unchanged: 0, retired: 0 };
  const existing = new Map(
    (await db.question.findMany({ select: { id: true, contentHash: true, retired: true } })).map((q) => [q.id, q]),
  );
  const knownFacts = new Set((await db.fact.findMany({ select: { id: true } })).map((f) => f.id));
  for (const q of questions) {
    const contentHash = fingerprint(q);
    const row = existing.get(q.id);
    if (row && row.contentHash === contentHash && !row.retired) {
      report.unchanged += 1;
      continue;
    }
    const fields = {
      kind: q.kind,
      topic: q.topic,
      prompt: q.prompt,
      data: JSON.stringify(q),
      status: q.status,
      difficulty: q.difficulty,
      contentHash,
      retired: false,
    };
    const factIds = q.factIds.filter((id) => knownFacts.has(id));
    await db.$transaction(async (tx) => {
      await tx.question.upsert({ where: { id: q.id }, create: { id: q.id, ...fields }, update: fields });
      await tx.questionFact.deleteMany({ where: { questionId: q.id } });
      await tx.questionFact.createMany({ data: factIds.map((factId) => ({ questionId: q.id, factId })) });
    });
    if (row) report.updated += 1;
    else report.created += 1;
  }
  forgetQuestionContent(db);
  const generated = new Set(questions.map((q) => q.id));
  const gone = [...existing.values()].filter((q) => !q.retired && !generated.has(q.id)).map((q) => q.id);
  if (gone.length) {
    report.retired = (await db.question.updateMany({ where: { id: { in: gone } }, data: { retired: true } })).count;
  }
  return report;
}
