// Learners' wrong answers, read back as misconceptions the generator can use
// (lib/questions/misconceptions.ts). A scope is the library (ownerId null) or one
// teacher's own questions: a teacher's classes shape only that teacher's bank.
import { isMisconception, type Misconception } from "../questions/misconceptions";
import type { Answer } from "../questions/schema";
import type { Db } from "./client";
import { questionData, responseAnswer } from "./codecs";

/** The most recent wrong answers read: enough to see a pattern, bounded for a big deployment. */
const RECENT_WRONG = 20_000;

/** The wrong options chosen in one answer, for the kinds whose options fill a probed slot. */
function wrongOptions(answer: Answer, answers: readonly string[]): string[] {
  switch (answer.kind) {
    case "single-choice":
      return [answer.choice];
    case "date":
      return [answer.text];
    case "multi-select":
      return answer.choices.filter((c) => !answers.includes(c));
    default:
      return [];
  }
}

export async function loadMisconceptions(db: Db, ownerId: string | null): Promise<Misconception[]> {
  const rows = await db.response.findMany({
    where: { correct: false, question: { ownerId, kind: { in: ["single-choice", "multi-select", "date"] } } },
    orderBy: { answeredAt: "desc" },
    take: RECENT_WRONG,
    select: { id: true, questionId: true, answer: true, question: { select: { data: true } } },
  });
  const byQuestion = new Map<string, { data: string; answers: Answer[] }>();
  for (const row of rows) {
    const entry = byQuestion.get(row.questionId) ?? { data: row.question.data, answers: [] };
    entry.answers.push(responseAnswer.decode(row.answer, row.id));
    byQuestion.set(row.questionId, entry);
  }
  const found: Misconception[] = [];
  for (const [questionId, { data, answers }] of byQuestion) {
    const q = questionData.decode(data, questionId);
    if (!("probe" in q) || q.probe === undefined || !("slot" in q.probe)) continue;
    const counts = new Map<string, number>();
    for (const answer of answers) {
      for (const text of wrongOptions(answer, q.answers)) {
        if (q.choices.includes(text)) counts.set(text, (counts.get(text) ?? 0) + 1);
      }
    }
    for (const [answer, count] of counts) {
      if (isMisconception(count, answers.length)) found.push({ factIds: q.factIds, slot: q.probe.slot, answer, count });
    }
  }
  return found.sort((a, b) => b.count - a.count || (a.answer < b.answer ? -1 : 1));
}
