// The database side of the question banks' port (lib/teach/bank-store.ts): the corpora and misconceptions a bank
// is made from, the banks as stored, and the writes of a bank's change. Which questions a bank keeps, gains and
// retires is lib/teach/regenerate-banks.ts's to decide. Every version of a question is kept as a QuestionVersion
// row, so an answer shows the question as it was answered; hidden stays as a maintainer set it.
import { loadCorpus } from "../facts";
import type { BankChange, BankStore } from "../teach/bank-store";
import type { Db } from "./client";
import { questionData, questionVersionData } from "./codecs";
import { loadMisconceptions } from "./misconceptions";
import { forgetQuestionContent } from "./questions";
import { loadLibraryCorpus, loadTeacherCorpus } from "./teacher-corpus";

export function bankStore(db: Db, contentDir = "content"): BankStore {
  return {
    libraryCorpus: async (content) => loadLibraryCorpus(db, content ?? (await loadCorpus(contentDir))),
    teacherCorpus: (ownerId) => loadTeacherCorpus(db, { statuses: ["reviewed"], ownerId }),
    misconceptions: (ownerId) => loadMisconceptions(db, ownerId),
    bankOwners: () => bankOwners(db),
    storedBank: (ownerId) =>
      db.question.findMany({ where: { ownerId }, select: { id: true, contentHash: true, retired: true } }),
    writeBank: (ownerId, change) => writeBank(db, ownerId, change),
  };
}

async function bankOwners(db: Db): Promise<string[]> {
  const [withFacts, withQuestions] = await Promise.all([
    db.fact.findMany({
      where: { source: "teacher", ownerId: { not: null } },
      distinct: ["ownerId"],
      select: { ownerId: true },
    }),
    db.question.findMany({
      where: { ownerId: { not: null }, retired: false },
      distinct: ["ownerId"],
      select: { ownerId: true },
    }),
  ]);
  return [...new Set([...withFacts, ...withQuestions].flatMap((o) => (o.ownerId ? [o.ownerId] : [])))].sort();
}

async function writeBank(db: Db, ownerId: string | null, change: BankChange): Promise<void> {
  const knownFacts = change.save.length
    ? new Set((await db.fact.findMany({ select: { id: true } })).map((f) => f.id))
    : new Set<string>();
  for (const { question: q, contentHash } of change.save) {
    const fields = {
      kind: q.kind,
      topic: q.topic,
      prompt: q.prompt,
      data: questionData.encode(q),
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
  }
  forgetQuestionContent(db);
  if (change.retire.length) {
    await db.question.updateMany({ where: { id: { in: change.retire }, ownerId }, data: { retired: true } });
  }
}
