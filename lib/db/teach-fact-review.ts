// What the fact forms and the article's question list read, always through the owner's
// article (anyone else's is not found). The changes themselves are lib/teach/review-facts.
import type { Article } from "../content/schema";
import type { Entity } from "../facts/schema";
import type { Db } from "./client";
import { loadTeacherBank } from "./questions";
import { getOwnTeacherArticle } from "./teach-articles";
import { entityFromRow } from "./teacher-corpus";

/** The owner's article and every entity a picker may offer. */
export async function factFormContext(
  db: Db,
  input: { ownerId: string; slug: string },
): Promise<{ article: Article; entities: Entity[] }> {
  const { article } = await getOwnTeacherArticle(db, input.ownerId, input.slug);
  const entities = (await db.entity.findMany({ orderBy: { name: "asc" } })).map(entityFromRow);
  return { article, entities };
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
