// Every teacher page calls this first (the layout too, but a layout is not
// re-run on every navigation): signed-out visitors and guests go to sign in and
// come back; a signed-in learner gets the 403 page.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getViewer, type Viewer } from "@/lib/auth/viewer";
import { isTeacher } from "@/lib/auth/roles";

export async function teacherOrRedirect(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer || viewer.isGuest) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!isTeacher(viewer.role)) forbidden();
  return viewer;
}
