// The articles, entities and facts teachers added through the app, read back from
// the database as a Corpus, and the one way the question bank is regenerated:
// from content/ plus those teacher additions, so neither side retires the other's questions.
import { loadCorpus } from "../facts";
import { articleSchema, type Article } from "../content/schema";
import type { Corpus } from "../facts/corpus";
import { entitySchema, factSchema, type Entity, type Fact } from "../facts/schema";
import { generateBank } from "../questions";
import type { Db } from "./client";
import { syncQuestions, type QuestionSyncReport } from "./question-sync";

type ArticleRow = { slug: string; title: string; outlet: string | null; publishedOn: string; passages: { key: string; text: string }[] };

/** A stored article back into the content schema's shape (passages in order). */
export function articleFromRow(row: ArticleRow): Article {
  return articleSchema.parse({
    slug: row.slug,
    title: row.title,
    ...(row.outlet ? { outlet: row.outlet } : {}),
    publishedOn: row.publishedOn,
    repairs: [],
    passages: row.passages.map((p) => ({ id: p.key, text: p.text })),
  });
}

export function factFromRow(row: { id: string; data: string; status: string }): Fact {
  const parsed = factSchema.safeParse({ ...(JSON.parse(row.data) as object), status: row.status });
  if (!parsed.success) throw new Error(`fact ${row.id}: stored data no longer matches the fact schema`);
  return parsed.data;
}

export function entityFromRow(row: { id: string; type: string; name: string; aliases: string; country: string | null }): Entity {
  return entitySchema.parse({ id: row.id, type: row.type, name: row.name, aliases: JSON.parse(row.aliases) as unknown, ...(row.country ? { country: row.country } : {}) });
}

export type TeacherCorpusOptions = {
  /** Which fact statuses to include; the bank uses reviewed ones only. */
  statuses?: readonly ("reviewed" | "proposed" | "rejected")[];
};

/** Every teacher-added article, the entities the extractor made for them, and their facts. */
export async function loadTeacherCorpus(db: Db, options: TeacherCorpusOptions = {}): Promise<Corpus> {
  const statuses = options.statuses ?? ["reviewed", "proposed"];
  const [articles, entities, facts] = await Promise.all([
    db.article.findMany({
      where: { ownerId: { not: null } },
      orderBy: { slug: "asc" },
      include: { passages: { orderBy: { position: "asc" }, select: { key: true, text: true } } },
    }),
    db.entity.findMany({ where: { source: "teacher" }, orderBy: { id: "asc" } }),
    db.fact.findMany({ where: { source: "teacher", status: { in: [...statuses] } }, orderBy: { id: "asc" } }),
  ]);
  return { articles: articles.map(articleFromRow), entities: entities.map(entityFromRow), facts: facts.map(factFromRow) };
}

/** One corpus from content/ and the teachers' additions; content wins where ids meet. */
export function mergeCorpora(content: Corpus, teacher: Corpus): Corpus {
  const articleSlugs = new Set(content.articles.map((a) => a.slug));
  const entityIds = new Set(content.entities.map((e) => e.id));
  const factIds = new Set(content.facts.map((f) => f.id));
  return {
    articles: [...content.articles, ...teacher.articles.filter((a) => !articleSlugs.has(a.slug))],
    entities: [...content.entities, ...teacher.entities.filter((e) => !entityIds.has(e.id))],
    facts: [...content.facts, ...teacher.facts.filter((f) => !factIds.has(f.id))],
  };
}

/** Content corpus plus every teacher article and fact that is not rejected: for citations in exports. */
export async function loadFullCorpus(db: Db, contentDir = "content"): Promise<Corpus> {
  const [content, teacher] = await Promise.all([loadCorpus(contentDir), loadTeacherCorpus(db)]);
  return mergeCorpora(content, teacher);
}

/**
 * Regenerates the whole question bank and stores it. Teacher facts count once a
 * teacher has reviewed them: a proposed fact would make the shared questions it
 * touches "proposed" too, taking them out of every learner's quizzes until reviewed.
 */
export async function regenerateQuestionBank(db: Db, contentOrDir: Corpus | string = "content"): Promise<QuestionSyncReport> {
  // A caller that has just loaded content/ passes it, so start-up reads the files once.
  const content = typeof contentOrDir === "string" ? loadCorpus(contentOrDir) : contentOrDir;
  const [loaded, teacher] = await Promise.all([content, loadTeacherCorpus(db, { statuses: ["reviewed"] })]);
  return syncQuestions(db, generateBank(mergeCorpora(loaded, teacher)));
}
