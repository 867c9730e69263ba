// A guest gets an anonymous session the first time they do something worth keeping.
import "server-only";
import { headers } from "next/headers";
import { auth } from "./auth";
import { getViewer, type Viewer } from "./viewer";
import { limitPerClient } from "./client-limits";

/** The viewer, or a new guest session; only callable from a server action or route handler. */
export async function getOrCreateLearner(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  // Each guest is a user row: without a limit, a script could make thousands.
  await limitPerClient("guest");
  const result = await auth().api.signInAnonymous({ headers: await headers() });
  if (!result) throw new Error("could not start a guest session");
  return { id: result.user.id, name: result.user.name, email: result.user.email, role: "LEARNER", isGuest: true };
}
