// The store behind the library's use cases (lib/teach/sync-library.ts, lib/teach/promote-article.ts).
import type { LibraryStore } from "../teach/library-store";
import type { Db } from "./client";
import { forgetArticleTitles } from "./article-titles";
import { syncCorpus } from "./content-sync";
import { bankStore } from "./bank-store";

export function libraryStore(db: Db): LibraryStore {
  return {
    ...bankStore(db),
    syncContent: (corpus) => syncCorpus(db, corpus, { source: "content" }),
    async articleOwner(slug) {
      const row = await db.article.findUnique({ where: { slug }, select: { ownerId: true } });
      return row ? row.ownerId : undefined;
    },
    async moveToLibrary(slug, { ownerId, statuses }) {
      const moved = await db.$transaction(async (tx) => {
        const row = await tx.article.update({
          where: { slug },
          data: { library: true },
          select: { passages: { select: { id: true } } },
        });
        const facts = await tx.fact.updateMany({
          where: {
            source: "teacher",
            ownerId,
            status: { in: [...statuses] },
            evidence: { some: { passageId: { in: row.passages.map((p) => p.id) } } },
          },
          data: { ownerId: null },
        });
        return facts.count;
      });
      forgetArticleTitles(db);
      return moved;
    },
  };
}
