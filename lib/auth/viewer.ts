// Who is asking: read from the session cookie on the server, never trusted from the client.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getSession } from "./session";
import { isMaintainer, isTeacher, roleSchema, type Role } from "./roles";
import { ForbiddenError, UnauthenticatedError } from "../domain/errors";

export type Viewer = {
  id: string;
  name: string;
  email: string;
  role: Role;
  isGuest: boolean;
};

/** The signed-in user or guest, or null. Cached per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getSession(await headers());
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: string; isAnonymous?: boolean | null };
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: roleSchema.catch("LEARNER").parse(u.role),
    isGuest: Boolean(u.isAnonymous),
  };
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new UnauthenticatedError("Please sign in first.");
  return viewer;
}

export async function requireAccount(): Promise<Viewer> {
  const viewer = await requireViewer();
  if (viewer.isGuest) throw new UnauthenticatedError("Please sign up or sign in first.");
  return viewer;
}

export async function requireTeacher(): Promise<Viewer> {
  const viewer = await requireAccount();
  if (!isTeacher(viewer.role)) throw new ForbiddenError("Only teachers can do that.");
  return viewer;
}

/** A maintainer of the shared library (granted with `npm run user:role -- EMAIL maintainer`). */
export async function requireMaintainer(): Promise<Viewer> {
  const viewer = await requireAccount();
  if (!isMaintainer(viewer.role)) throw new ForbiddenError("Only the library's maintainers can do that.");
  return viewer;
}
