// The articles, entities and facts teachers added through the app, read back from
// the database as a Corpus: the library's (content/ and promoted articles) and
// each teacher's own, which the question banks are made from
// (lib/teach/regenerate-banks.ts) and exports cite.
import { loadCorpus } from "../facts";
import { articleSchema, type Article } from "../content/schema";
import { mergeCorpora, type Corpus } from "../facts/corpus";
import { entitySchema, factStatusSchema, type Entity, type Fact } from "../facts/schema";
import { entitiesOf } from "../questions/fact-index";
import type { Db } from "./client";
import { entityAliases, factData } from "./codecs";

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

/** The library as a corpus: content/ and what maintainers promoted into it (reviewed facts only). */
export async function loadLibraryCorpus(db: Db, content: Corpus): Promise<Corpus> {
  return mergeCorpora(content, await loadTeacherCorpus(db, { statuses: ["reviewed"], ownerId: null }));
}

/** The library plus one teacher's articles and facts that are not rejected (none for null): for citations in that teacher's exports. */
export async function loadFullCorpus(db: Db, ownerId: string | null = null, contentDir = "content"): Promise<Corpus> {
  const library = await loadLibraryCorpus(db, await loadCorpus(contentDir));
  return ownerId === null ? library : mergeCorpora(library, await loadTeacherCorpus(db, { ownerId }));
}
