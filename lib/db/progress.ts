// A learner's record, read for the progress views: answers with their topics and
// facts, flashcards with their current retrievability.
import { TOPIC_OF } from "../questions/build";
import { topicSchema } from "../questions/schema";
import type { FactKind } from "../facts/schema";
import type { AnswerEvent, CardSnapshot } from "../progress";
import { retrievabilityOfRow } from "./cards";
import type { Db } from "./client";

export type LearningRecord = { answers: AnswerEvent[]; cards: CardSnapshot[]; reviewDates: Date[]; factIds: string[] };

/**
 * The facts this learner can study, so "facts mastered N of M" has a total that
 * means something: the shipped library's reviewed facts, plus the facts behind
 * questions their own teachers assigned them. Other teachers' imports and
 * proposals are not theirs to master and would make the total grow whenever
 * anyone imports.
 */
function studyableFacts(userId: string) {
  return {
    OR: [
      // A library fact has no owner (the shipped corpus, or promoted by a maintainer).
      { ownerId: null, status: "reviewed" },
      {
        questions: {
          some: {
            question: {
              setItems: { some: { set: { assignments: { some: { class: { enrollments: { some: { userId } } } } } } } },
            },
          },
        },
      },
    ],
  };
}

export async function loadLearningRecord(db: Db, userId: string, now: Date): Promise<LearningRecord> {
  const [responses, cards, reviews, facts] = await Promise.all([
    db.response.findMany({
      where: { attempt: { userId } },
      select: {
        questionId: true,
        correct: true,
        score: true,
        answeredAt: true,
        question: { select: { topic: true, facts: { select: { factId: true } } } },
      },
    }),
    db.card.findMany({ where: { userId }, include: { fact: { select: { kind: true } } } }),
    db.reviewLog.findMany({ where: { card: { userId } }, select: { reviewedAt: true } }),
    db.fact.findMany({ where: studyableFacts(userId), select: { id: true } }),
  ]);
  return {
    answers: responses.map((r) => ({
      questionId: r.questionId,
      topic: topicSchema.catch("event").parse(r.question.topic),
      factIds: r.question.facts.map((f) => f.factId),
      correct: r.correct,
      score: r.score,
      at: r.answeredAt,
    })),
    cards: cards.map((c) => ({
      factId: c.factId,
      topic: TOPIC_OF[c.fact.kind as FactKind] ?? "event",
      retrievability: retrievabilityOfRow(c, now),
      reps: c.reps,
      lastReview: c.lastReview,
    })),
    reviewDates: reviews.map((r) => r.reviewedAt),
    factIds: facts.map((f) => f.id),
  };
}
