// The quicker review of a teacher's article: a fact the extractor missed, added by
// the teacher (with any entities it names for the first time), an edit that names
// new entities, many proposals approved at once, and the article's reviewed
// questions. Always through the owner's article: anyone else's is not found.
import type { Article } from "../content/schema";
import type { Entity, Fact } from "../facts/schema";
import { NotFoundError } from "../domain/errors";
import type { Db } from "./client";
import { syncCorpus } from "./content-sync";
import { loadTeacherBank } from "./questions";
import { getOwnTeacherArticle, updateFact } from "./teach-articles";
import { loadCorpus } from "../facts";
import { articleFromRow, entityFromRow, regenerateTeacherBank } from "./teacher-corpus";

/** The owner's article and every entity a picker may offer. */
export async function factFormContext(
  db: Db,
  input: { ownerId: string; slug: string },
): Promise<{ article: Article; entities: Entity[] }> {
  const { article } = await getOwnTeacherArticle(db, input.ownerId, input.slug);
  const entities = (await db.entity.findMany({ orderBy: { name: "asc" } })).map(entityFromRow);
  return { article, entities };
}

async function freeFactId(db: Db, id: string): Promise<string> {
  const taken = new Set(
    (await db.fact.findMany({ where: { id: { startsWith: id } }, select: { id: true } })).map((f) => f.id),
  );
  if (!taken.has(id)) return id;
  for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** Stores a teacher's new fact on their article; a reviewed one makes its questions at once. */
export async function addTeacherFact(
  db: Db,
  input: { ownerId: string; slug: string; fact: Fact; newEntities: readonly Entity[] },
): Promise<{ factId: string }> {
  const { article } = await getOwnTeacherArticle(db, input.ownerId, input.slug);
  const fact = { ...input.fact, id: await freeFactId(db, input.fact.id) };
  await syncCorpus(
    db,
    { articles: [article], entities: [...input.newEntities], facts: [fact] },
    { source: "teacher", ownerId: input.ownerId, retireMissing: false },
  );
  if (fact.status === "reviewed") await regenerateTeacherBank(db, input.ownerId, await loadCorpus("content"));
  return { factId: fact.id };
}

/** An edited fact that may name entities nobody had named before. */
export async function saveEditedFact(
  db: Db,
  input: { ownerId: string; slug: string; fact: Fact; newEntities: readonly Entity[] },
): Promise<void> {
  // Checked first, so a refused edit creates no entities either.
  const { facts } = await getOwnTeacherArticle(db, input.ownerId, input.slug);
  if (!facts.some((f) => f.fact.id === input.fact.id))
    throw new NotFoundError("That fact is not one of this article's.");
  if (input.newEntities.length)
    await syncCorpus(
      db,
      { articles: [], entities: [...input.newEntities], facts: [] },
      { source: "teacher", ownerId: input.ownerId, retireMissing: false },
    );
  await updateFact(db, { ownerId: input.ownerId, slug: input.slug, fact: input.fact });
}

/** Approves the given facts of the owner's article and regenerates the bank once. An id not of this article refuses them all. */
export async function approveFacts(
  db: Db,
  input: { ownerId: string; slug: string; factIds: readonly string[] },
): Promise<{ approved: number }> {
  const { article, facts } = await getOwnTeacherArticle(db, input.ownerId, input.slug);
  const byId = new Map(facts.map((f) => [f.fact.id, f]));
  for (const id of input.factIds)
    if (!byId.has(id)) throw new NotFoundError("One of those facts is not one of this article's.");
  const changing = [...new Set(input.factIds)].flatMap((id) => {
    const found = byId.get(id);
    return found && found.status !== "reviewed" ? [{ ...found.fact, status: "reviewed" as const }] : [];
  });
  if (changing.length === 0) return { approved: 0 };
  // Evidence in other articles must be in the corpus handed to the sync, or it cannot anchor.
  const slugs = [
    ...new Set(changing.flatMap((f) => f.evidence.map((e) => e.article)).filter((s) => s !== article.slug)),
  ];
  const others = slugs.length
    ? await Promise.all(
        slugs.map((s) =>
          db.article.findUnique({
            where: { slug: s },
            include: { passages: { orderBy: { position: "asc" }, select: { key: true, text: true } } },
          }),
        ),
      )
    : [];
  const otherArticles = others.flatMap((row) => (row ? [articleFromRow(row)] : []));
  await syncCorpus(
    db,
    { articles: [article, ...otherArticles], entities: [], facts: changing },
    { source: "teacher", ownerId: input.ownerId, retireMissing: false },
  );
  // Only this teacher's bank moves: the library's and other teachers' never do.
  await regenerateTeacherBank(db, input.ownerId, await loadCorpus("content"));
  return { approved: changing.length };
}

/** The servable, reviewed questions whose evidence cites the owner's article, in bank order, with that evidence. */
export async function reviewedArticleQuestions(
  db: Db,
  input: { ownerId: string; slug: string },
): Promise<{ id: string; evidence: { article: string; passage: string }[] }[]> {
  const { article } = await getOwnTeacherArticle(db, input.ownerId, input.slug);
  const bank = await loadTeacherBank(db, input.ownerId);
  return bank
    .filter((q) => q.status === "reviewed" && q.articles.includes(article.slug))
    .map((q) => ({ id: q.id, evidence: q.evidence.map((e) => ({ article: e.article, passage: e.passage })) }));
}

/** The servable, reviewed questions whose evidence cites the owner's article, in bank order. */
export async function reviewedArticleQuestionIds(db: Db, input: { ownerId: string; slug: string }): Promise<string[]> {
  return (await reviewedArticleQuestions(db, input)).map((q) => q.id);
}
