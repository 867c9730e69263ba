// The item-writing lint's flaws for the bank a teacher browses: computed once per
// bank (and kept for the cache's lifetime), never once per row or per render.
import { createContext } from "../questions/context";
import { lintBank, type Flaw } from "../questions/lint";
import { hashString } from "../questions/random";
import type { Question } from "../questions/schema";
import type { Db } from "./client";
import { perClientCache } from "./memo";
import { loadFullCorpus } from "./teacher-corpus";

const flawCache = perClientCache<string, ReadonlyMap<string, readonly Flaw[]>>(4);

/** Each question's flaws by id, judged against content/ and the teachers' facts. */
export async function bankFlaws(
  db: Db,
  bank: readonly Question[],
  contentDir = "content",
): Promise<ReadonlyMap<string, readonly Flaw[]>> {
  // The questions themselves are the key: a reworded or regenerated bank is linted again.
  const key = `${bank.length}:${hashString(JSON.stringify(bank))}`;
  const cache = flawCache(db);
  const cached = cache.get(key);
  if (cached) return cached;
  const flaws = lintBank(bank, createContext(await loadFullCorpus(db, contentDir)));
  cache.set(key, flaws);
  return flaws;
}
