// Reviewing a teacher's facts: approve or reject, edit, add one the extractor missed, approve many at once.
// Every change goes through the owner's article (anyone else's is not found), and a change that touches a
// reviewed fact makes that teacher's bank again at once; the library's and other teachers' never move.
import type { Article } from "../content/schema";
import type { Entity, Fact, FactStatus } from "../facts/schema";
import { DomainError, NotFoundError } from "../domain/errors";
import type { OwnTeacherArticle, TeacherArticleStore } from "./article-store";
import { firstFree } from "./free-id";
import { regenerateTeacherBank } from "./regenerate-banks";

/** The fact of the teacher's article that the teacher may still change; library facts are a maintainer's. */
export function editableFact(own: OwnTeacherArticle, factId: string): { fact: Fact; status: FactStatus } {
  const found = own.facts.find((f) => f.fact.id === factId);
  if (!found) throw new NotFoundError("That fact is not one of this article's.");
  if (found.inLibrary)
    throw new DomainError("This fact is in the shared library now; only a maintainer can change it.");
  return { fact: found.fact, status: found.status };
}

type Change = { ownerId: string; article: Article; facts: Fact[]; newEntities?: readonly Entity[] };

/**
 * Stores new versions of facts (evidence re-anchored); regenerate says whether the bank must move, which it
 * must when a fact is or was reviewed: a proposed or rejected fact reaches no question.
 */
async function save(store: TeacherArticleStore, change: Change, regenerate: boolean): Promise<void> {
  // Other articles the facts cite must be in the corpus handed to the store, or it cannot anchor them.
  const slugs = [
    ...new Set(change.facts.flatMap((f) => f.evidence.map((e) => e.article)).filter((s) => s !== change.article.slug)),
  ];
  const others = slugs.length ? await store.articles(slugs) : [];
  await store.save(change.ownerId, {
    articles: [change.article, ...others],
    entities: [...(change.newEntities ?? [])],
    facts: change.facts,
  });
  if (regenerate) await regenerateTeacherBank(store, change.ownerId);
}

/** Approves or rejects one fact of the teacher's article. */
export async function setFactStatus(
  store: TeacherArticleStore,
  input: { ownerId: string; slug: string; factId: string; status: "reviewed" | "rejected" },
): Promise<{ regenerated: boolean }> {
  const own = await store.ownArticle(input.ownerId, input.slug);
  const { fact, status } = editableFact(own, input.factId);
  if (status === input.status) return { regenerated: false };
  const regenerated = status === "reviewed" || input.status === "reviewed";
  await save(
    store,
    { ownerId: input.ownerId, article: own.article, facts: [{ ...fact, status: input.status }] },
    regenerated,
  );
  return { regenerated };
}

/**
 * Replaces a fact with its edited version (already checked against the article by fact-edit.ts), keeping its
 * status; entities it names for the first time are stored with it, and only if the edit is allowed.
 */
export async function saveFactEdit(
  store: TeacherArticleStore,
  input: { ownerId: string; slug: string; fact: Fact; newEntities?: readonly Entity[] },
): Promise<{ regenerated: boolean }> {
  const own = await store.ownArticle(input.ownerId, input.slug);
  const { status } = editableFact(own, input.fact.id);
  const regenerated = status === "reviewed";
  await save(
    store,
    {
      ownerId: input.ownerId,
      article: own.article,
      facts: [{ ...input.fact, status }],
      newEntities: input.newEntities,
    },
    regenerated,
  );
  return { regenerated };
}

/** Stores a teacher's new fact on their article (a free id); a reviewed one makes its questions at once. */
export async function addFact(
  store: TeacherArticleStore,
  input: { ownerId: string; slug: string; fact: Fact; newEntities: readonly Entity[] },
): Promise<{ factId: string }> {
  const { article } = await store.ownArticle(input.ownerId, input.slug);
  const fact = { ...input.fact, id: firstFree(input.fact.id, await store.factIdsStartingWith([input.fact.id])) };
  await save(
    store,
    { ownerId: input.ownerId, article, facts: [fact], newEntities: input.newEntities },
    fact.status === "reviewed",
  );
  return { factId: fact.id };
}

/** Approves the given facts of the owner's article and regenerates the bank once. An id not of this article refuses them all. */
export async function approveFacts(
  store: TeacherArticleStore,
  input: { ownerId: string; slug: string; factIds: readonly string[] },
): Promise<{ approved: number }> {
  const { article, facts } = await store.ownArticle(input.ownerId, input.slug);
  const byId = new Map(facts.map((f) => [f.fact.id, f]));
  for (const id of input.factIds)
    if (!byId.has(id)) throw new NotFoundError("One of those facts is not one of this article's.");
  const changing = [...new Set(input.factIds)].flatMap((id) => {
    const found = byId.get(id);
    return found && found.status !== "reviewed" ? [{ ...found.fact, status: "reviewed" as const }] : [];
  });
  if (changing.length === 0) return { approved: 0 };
  await save(store, { ownerId: input.ownerId, article, facts: changing }, true);
  return { approved: changing.length };
}
