// What needs a teacher's attention on /teach: new submissions to their
// assignments, open reports on questions, and proposed facts waiting for review.
import type { Db } from "./client";
import { attemptQuestionIds } from "./codecs";
import { attemptScore, isLate } from "../domain/attempt";

export type RecentSubmission = {
  attemptId: string;
  assignmentId: string;
  setTitle: string;
  className: string;
  learnerName: string;
  finishedAt: Date;
  score: number;
  late: boolean;
};
export type PendingArticle = { slug: string; title: string; proposed: number };

/** The latest submitted attempts on the teacher's assignments, newest first. */
export async function recentSubmissions(db: Db, teacherId: string, limit = 8): Promise<RecentSubmission[]> {
  const rows = await db.attempt.findMany({
    where: { finishedAt: { not: null }, assignment: { class: { teacherId } } },
    orderBy: { finishedAt: "desc" },
    take: limit,
    include: {
      user: { select: { name: true } },
      responses: { select: { score: true, correct: true } },
      assignment: {
        select: { id: true, dueAt: true, set: { select: { title: true } }, class: { select: { name: true } } },
      },
    },
  });
  return rows.flatMap((a) => {
    if (!a.assignment || !a.finishedAt) return [];
    const { score } = attemptScore({
      questionIds: attemptQuestionIds.decode(a.questionIds, a.id),
      responses: a.responses,
    });
    return [
      {
        attemptId: a.id,
        assignmentId: a.assignment.id,
        setTitle: a.assignment.set.title,
        className: a.assignment.class.name,
        learnerName: a.user.name,
        finishedAt: a.finishedAt,
        score,
        // Handed in, so the clock plays no part: late means after the due date.
        late: isLate(a.finishedAt, a.assignment.dueAt, a.finishedAt),
      },
    ];
  });
}

/** The teacher's articles that still have proposed facts. */
export async function articlesAwaitingReview(db: Db, ownerId: string): Promise<PendingArticle[]> {
  const rows = await db.article.findMany({
    where: { ownerId },
    orderBy: { createdAt: "desc" },
    select: {
      slug: true,
      title: true,
      passages: {
        select: { evidence: { where: { fact: { status: "proposed", source: "teacher" } }, select: { factId: true } } },
      },
    },
  });
  return rows
    .map((a) => ({
      slug: a.slug,
      title: a.title,
      proposed: new Set(a.passages.flatMap((p) => p.evidence.map((e) => e.factId))).size,
    }))
    .filter((a) => a.proposed > 0);
}
