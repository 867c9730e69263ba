// content/ → database. Upserts articles, passages, entities, facts and evidence;
// a second run with the same content writes nothing, and an edit rewrites only
// what it touched. Facts that leave content/ are retired, not deleted, so the
// flashcards and answers that point at them keep their history.
import { anchorQuoteOrThrow } from "../content";
import type { Article } from "../content/schema";
import type { Corpus } from "../facts/corpus";
import type { Fact } from "../facts/schema";
import type { ContentSyncReport, SyncCounts } from "../teach/library-store";
import type { Db } from "./client";
import { entityAliases, factData } from "./codecs";
import { fingerprint } from "../domain/fingerprint";
import { forgetArticleTitles } from "./article-titles";

const zero = (): SyncCounts => ({ created: 0, updated: 0, unchanged: 0, retired: 0 });

export type ContentSource = "content" | "teacher";

async function syncArticle(db: Db, article: Article, counts: SyncCounts, ownerId: string | null): Promise<void> {
  const contentHash = fingerprint(article);
  const existing = await db.article.findUnique({ where: { slug: article.slug } });
  if (existing?.contentHash === contentHash) {
    counts.unchanged += 1;
    return;
  }
  const meta = {
    title: article.title,
    outlet: article.outlet ?? null,
    publishedOn: article.publishedOn,
    seedFile: article.seedFile ?? null,
    contentHash,
  };
  await db.$transaction(async (tx) => {
    const row = await tx.article.upsert({
      where: { slug: article.slug },
      // A teacher's new article is theirs alone until a maintainer promotes it.
      create: { slug: article.slug, ownerId, library: ownerId === null, ...meta },
      update: meta,
    });
    const keep = new Set(article.passages.map((p) => p.id));
    await tx.passage.deleteMany({ where: { articleId: row.id, key: { notIn: [...keep] } } });
    for (const [position, passage] of article.passages.entries()) {
      await tx.passage.upsert({
        where: { articleId_key: { articleId: row.id, key: passage.id } },
        create: { articleId: row.id, key: passage.id, position, text: passage.text },
        update: { position, text: passage.text },
      });
    }
  });
  forgetArticleTitles(db);
  if (existing) counts.updated += 1;
  else counts.created += 1;
}

/** The fingerprint covers the cited passages' text, so editing a passage re-anchors its evidence. */
function factFingerprint(fact: Fact, articles: Map<string, Article>): string {
  const cited = fact.evidence.map(
    (e) => articles.get(e.article)?.passages.find((p) => p.id === e.passage)?.text ?? null,
  );
  return fingerprint([fact, cited]);
}

async function syncFact(
  db: Db,
  fact: Fact,
  articles: Map<string, Article>,
  counts: SyncCounts,
  source: ContentSource,
  ownerId: string | null,
): Promise<void> {
  const contentHash = factFingerprint(fact, articles);
  const existing = await db.fact.findUnique({ where: { id: fact.id } });
  if (existing?.contentHash === contentHash && existing.status === fact.status && existing.ownerId === ownerId) {
    counts.unchanged += 1;
    return;
  }
  const fields = {
    kind: fact.kind,
    statement: fact.statement,
    status: fact.status,
    source,
    ownerId,
    data: factData.encode(fact),
    contentHash,
  };
  await db.$transaction(async (tx) => {
    await tx.fact.upsert({ where: { id: fact.id }, create: { id: fact.id, ...fields }, update: fields });
    await tx.evidence.deleteMany({ where: { factId: fact.id } });
    for (const e of fact.evidence) {
      const passage = await tx.passage.findFirst({ where: { key: e.passage, article: { slug: e.article } } });
      const text = articles.get(e.article)?.passages.find((p) => p.id === e.passage)?.text;
      if (!passage || text === undefined)
        throw new Error(`fact ${fact.id}: passage ${e.article}#${e.passage} is not in the corpus`);
      const { start, end } = anchorQuoteOrThrow(text, e);
      await tx.evidence.create({
        data: {
          factId: fact.id,
          passageId: passage.id,
          quote: e.quote,
          prefix: e.prefix ?? null,
          suffix: e.suffix ?? null,
          start,
          end,
        },
      });
    }
  });
  if (existing) counts.updated += 1;
  else counts.created += 1;
}

/** Syncs a corpus from one source; things of that source that are gone are retired. */
export async function syncCorpus(
  db: Db,
  corpus: Corpus,
  options: { source: ContentSource; ownerId?: string | null; retireMissing?: boolean } = { source: "content" },
): Promise<ContentSyncReport> {
  const report: ContentSyncReport = { articles: zero(), entities: zero(), facts: zero() };
  for (const article of corpus.articles) await syncArticle(db, article, report.articles, options.ownerId ?? null);

  for (const entity of corpus.entities) {
    const fields = {
      type: entity.type,
      name: entity.name,
      aliases: entityAliases.encode(entity.aliases),
      country: entity.country ?? null,
      source: options.source,
    };
    const existing = await db.entity.findUnique({ where: { id: entity.id } });
    if (
      existing &&
      existing.type === fields.type &&
      existing.name === fields.name &&
      existing.aliases === fields.aliases &&
      existing.country === fields.country
    ) {
      report.entities.unchanged += 1;
      continue;
    }
    await db.entity.upsert({ where: { id: entity.id }, create: { id: entity.id, ...fields }, update: fields });
    if (existing) report.entities.updated += 1;
    else report.entities.created += 1;
  }

  const articles = new Map(corpus.articles.map((a) => [a.slug, a]));
  // content/ is the library; a teacher's facts are the teacher's (a maintainer's promotion passes ownerId null).
  const factOwner = options.source === "content" ? null : (options.ownerId ?? null);
  for (const fact of corpus.facts) await syncFact(db, fact, articles, report.facts, options.source, factOwner);

  if (options.retireMissing ?? options.source === "content") {
    const retired = await db.fact.updateMany({
      where: { source: options.source, id: { notIn: corpus.facts.map((f) => f.id) }, status: { not: "retired" } },
      data: { status: "retired" },
    });
    report.facts.retired = retired.count;
  }
  return report;
}
