// Who is reading, for the data that depends on it: the shared library is
// everyone's; a teacher's own articles, facts and questions are the teacher's,
// and reach a learner only through that teacher's classes.
import { isMaintainer, type Role } from "../domain/roles";
import type { Db } from "./client";

/** A signed-in reader (a guest counts, with no classes and nothing of their own), or null for an anonymous visitor. */
export type Reader = { id: string; maintainer: boolean } | null;

export function readerOf(viewer: { id: string; role: Role } | null): Reader {
  return viewer ? { id: viewer.id, maintainer: isMaintainer(viewer.role) } : null;
}

/** A teacher acting on reports, hides and the library (maintainer: curates the library). */
export function curatorOf(viewer: { id: string; role: Role }): { id: string; maintainer: boolean } {
  return { id: viewer.id, maintainer: isMaintainer(viewer.role) };
}

/** The teachers whose classes this user is enrolled in (whose content the user may meet through them). */
export async function teachersOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.enrollment.findMany({ where: { userId }, select: { class: { select: { teacherId: true } } } });
  return [...new Set(rows.map((r) => r.class.teacherId))];
}
