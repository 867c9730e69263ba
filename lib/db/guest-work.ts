// Moving a guest's work to the account they sign up or sign in with. Nothing a
// guest did is lost: attempts, reports and enrolments move as they are; where
// both accounts hold a flashcard for the same fact, the account's card is kept
// and the guest card's review history joins it.
import type { Db } from "./client";

export async function moveGuestWork(db: Db, guestId: string, userId: string): Promise<void> {
  if (guestId === userId) return;
  await db.$transaction(async (tx) => {
    await tx.attempt.updateMany({ where: { userId: guestId }, data: { userId } });
    await tx.questionReport.updateMany({ where: { userId: guestId }, data: { userId } });

    const guestEnrollments = await tx.enrollment.findMany({ where: { userId: guestId } });
    for (const e of guestEnrollments) {
      const exists = await tx.enrollment.findUnique({
        where: { classId_userId: { classId: e.classId, userId } },
      });
      if (exists) await tx.enrollment.delete({ where: { id: e.id } });
      else await tx.enrollment.update({ where: { id: e.id }, data: { userId } });
    }

    const guestCards = await tx.card.findMany({ where: { userId: guestId } });
    for (const card of guestCards) {
      const kept = await tx.card.findUnique({
        where: { userId_factId: { userId, factId: card.factId } },
      });
      if (!kept) {
        await tx.card.update({ where: { id: card.id }, data: { userId } });
        continue;
      }
      await tx.reviewLog.updateMany({ where: { cardId: card.id }, data: { cardId: kept.id } });
      await tx.card.delete({ where: { id: card.id } });
    }
  });
}
