// Who is reading, for the data that depends on it: the shared library is
// everyone's; a teacher's own articles, facts and questions are the teacher's,
// and reach a learner only through that teacher's classes.
import type { Db } from "./client";

/** A signed-in reader (a guest counts, with no classes and nothing of their own), or null for an anonymous visitor. */
export type Reader = { id: string; maintainer: boolean } | null;

/** The role string a maintainer's account holds (granted from the command line). */
export const MAINTAINER_ROLE = "MAINTAINER";

export function readerOf(viewer: { id: string; role: string } | null): Reader {
  return viewer ? { id: viewer.id, maintainer: viewer.role === MAINTAINER_ROLE } : null;
}

/** The teachers whose classes this user is enrolled in (whose content the user may meet through them). */
export async function teachersOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.enrollment.findMany({ where: { userId }, select: { class: { select: { teacherId: true } } } });
  return [...new Set(rows.map((r) => r.class.teacherId))];
}
