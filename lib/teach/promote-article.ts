// A maintainer's promotion of a teacher's article into the shared library.
import { NotFoundError } from "../domain/errors";
import type { LibraryStore } from "./library-store";
import { regenerateBanks } from "./regenerate-banks";

/**
 * The article joins the library (listed on /sources for everyone), its reviewed facts become library facts,
 * and every bank is made again (the library's gains their questions; the teacher's loses its copies). Its
 * proposed and rejected facts stay the teacher's: only what a person checked enters the library.
 */
export async function promoteArticle(store: LibraryStore, slug: string): Promise<{ facts: number }> {
  const ownerId = await store.articleOwner(slug);
  if (ownerId === undefined || ownerId === null)
    throw new NotFoundError("That article does not exist or is not a teacher's.");
  const facts = await store.moveToLibrary(slug, { ownerId, statuses: ["reviewed"] });
  await regenerateBanks(store);
  return { facts };
}
