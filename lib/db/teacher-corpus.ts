// The articles, entities and facts teachers added through the app, read back from
// the database as a Corpus, and the ways the question banks are regenerated. The
// library's bank comes from library facts alone (content/ and promoted articles);
// each teacher's bank from the library plus that teacher's facts, in its own
// namespace, so nothing one teacher does changes a question anyone else sees.
import { loadCorpus } from "../facts";
import { articleSchema, type Article } from "../content/schema";
import type { Corpus } from "../facts/corpus";
import { entitySchema, factStatusSchema, type Entity, type Fact } from "../facts/schema";
import { generateBank } from "../questions";
import { entitiesOf } from "../questions/fact-index";
import { loadMisconceptions } from "./misconceptions";
import type { Db } from "./client";
import { entityAliases, factData } from "./codecs";
import { syncQuestions, type QuestionSyncReport } from "./question-sync";

type ArticleRow = {
  slug: string;
  title: string;
  outlet: string | null;
  publishedOn: string;
  passages: { key: string; text: string }[];
};

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

/** A stored fact with the status its row holds (the status column, not the copy inside data, is the truth). */
export function factFromRow(row: { id: string; data: string; status: string }): Fact {
  return { ...factData.decode(row.data, row.id), status: factStatusSchema.parse(row.status) };
}

export function entityFromRow(row: {
  id: string;
  type: string;
  name: string;
  aliases: string;
  country: string | null;
}): Entity {
  return entitySchema.parse({
    id: row.id,
    type: row.type,
    name: row.name,
    aliases: entityAliases.decode(row.aliases, row.id),
    ...(row.country ? { country: row.country } : {}),
  });
}

export type TeacherCorpusOptions = {
  /** Which fact statuses to include; the bank uses reviewed ones only. */
  statuses?: readonly ("reviewed" | "proposed" | "rejected")[];
  /** Whose additions: one teacher's (an id), the library's promoted ones (null), or everyone's (left out). */
  ownerId?: string | null;
};

/** Teacher-added articles, their facts, and the extractor's entities those facts name. */
export async function loadTeacherCorpus(db: Db, options: TeacherCorpusOptions = {}): Promise<Corpus> {
  const statuses = options.statuses ?? ["reviewed", "proposed"];
  const owner = options.ownerId;
  const articleWhere =
    owner === undefined
      ? { ownerId: { not: null } }
      : owner === null
        ? { ownerId: { not: null }, library: true }
        : { ownerId: owner };
  const [articles, entities, facts] = await Promise.all([
    db.article.findMany({
      where: articleWhere,
      orderBy: { slug: "asc" },
      include: { passages: { orderBy: { position: "asc" }, select: { key: true, text: true } } },
    }),
    db.entity.findMany({ where: { source: "teacher" }, orderBy: { id: "asc" } }),
    db.fact.findMany({
      where: { source: "teacher", status: { in: [...statuses] }, ...(owner === undefined ? {} : { ownerId: owner }) },
      orderBy: { id: "asc" },
    }),
  ]);
  const parsed = facts.map(factFromRow);
  // Only the entities these facts name: another teacher's extracted names must not become distractors here.
  const named = new Set(parsed.flatMap(entitiesOf));
  return {
    articles: articles.map(articleFromRow),
    entities: entities.filter((e) => named.has(e.id)).map(entityFromRow),
    facts: parsed,
  };
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

/** The library as a corpus: content/ and what maintainers promoted into it (reviewed facts only). */
export async function loadLibraryCorpus(db: Db, content: Corpus): Promise<Corpus> {
  return mergeCorpora(content, await loadTeacherCorpus(db, { statuses: ["reviewed"], ownerId: null }));
}

/** The library plus one teacher's articles and facts that are not rejected (none for null): for citations in that teacher's exports. */
export async function loadFullCorpus(db: Db, ownerId: string | null = null, contentDir = "content"): Promise<Corpus> {
  const library = await loadLibraryCorpus(db, await loadCorpus(contentDir));
  return ownerId === null ? library : mergeCorpora(library, await loadTeacherCorpus(db, { ownerId }));
}

/** The library's bank, made from library facts alone: no teacher's fact feeds its distractors or truth checks. */
export async function regenerateLibraryBank(db: Db, content: Corpus): Promise<QuestionSyncReport> {
  return syncQuestions(db, generateBank(await loadLibraryCorpus(db, content), await loadMisconceptions(db, null)));
}

/**
 * One teacher's bank: made from the library and that teacher's reviewed facts,
 * keeping the questions that rest on at least one of the teacher's facts, stored
 * under the teacher. The library's questions are never touched.
 */
export async function regenerateTeacherBank(db: Db, ownerId: string, content: Corpus): Promise<QuestionSyncReport> {
  const own = await loadTeacherCorpus(db, { statuses: ["reviewed"], ownerId });
  const ownFacts = new Set(own.facts.map((f) => f.id));
  const questions =
    ownFacts.size === 0
      ? []
      : generateBank(
          mergeCorpora(await loadLibraryCorpus(db, content), own),
          await loadMisconceptions(db, ownerId),
        ).filter((q) => q.factIds.some((id) => ownFacts.has(id)));
  return syncQuestions(db, questions, { ownerId });
}

function addReports(a: QuestionSyncReport, b: QuestionSyncReport): QuestionSyncReport {
  return {
    created: a.created + b.created,
    updated: a.updated + b.updated,
    unchanged: a.unchanged + b.unchanged,
    retired: a.retired + b.retired,
  };
}

/**
 * Regenerates every bank: the library's, then each teacher's (their questions use
 * library facts as distractors, so a library change may move them). Teacher facts
 * count once reviewed: a proposed fact reaches no question.
 */
export async function regenerateQuestionBank(
  db: Db,
  contentOrDir: Corpus | string = "content",
): Promise<QuestionSyncReport> {
  // A caller that has just loaded content/ passes it, so start-up reads the files once.
  const content = typeof contentOrDir === "string" ? await loadCorpus(contentOrDir) : contentOrDir;
  let report = await regenerateLibraryBank(db, content);
  const owners = await db.fact.findMany({
    where: { source: "teacher", ownerId: { not: null } },
    distinct: ["ownerId"],
    select: { ownerId: true },
  });
  const withQuestions = await db.question.findMany({
    where: { ownerId: { not: null }, retired: false },
    distinct: ["ownerId"],
    select: { ownerId: true },
  });
  const ids = [...new Set([...owners, ...withQuestions].flatMap((o) => (o.ownerId ? [o.ownerId] : [])))].sort();
  for (const ownerId of ids) report = addReports(report, await regenerateTeacherBank(db, ownerId, content));
  return report;
}
