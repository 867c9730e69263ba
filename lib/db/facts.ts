// Reading the fact base for pages: reviewed and proposed facts with the quotes
// that state them and the names of what they mention, as the app's own types.
import type { FactKind } from "../facts/schema";
import type { EntityName, FactQuestion, SourcedEvidence, SourcedFact } from "../aids";
import type { Db } from "./client";
import { factData } from "./codecs";

/**
 * Facts the public pages show: the library's reviewed facts. A proposed fact is a
 * teacher's unreviewed draft, and a teacher's own facts reach learners only
 * through that teacher's sets, so neither appears here.
 */
const VISIBLE_STATUSES = ["reviewed"] as const;
type VisibleStatus = (typeof VISIBLE_STATUSES)[number];
const isVisible = (status: string): status is VisibleStatus => (VISIBLE_STATUSES as readonly string[]).includes(status);

export type FactBase = { facts: SourcedFact[]; entities: EntityName[] };

type EvidenceRow = {
  quote: string;
  passage: { key: string; position: number; article: { slug: string; title: string } };
};

/** In the order the fact lists its evidence (the order its author chose), then by place in the article. */
function orderEvidence(
  rows: readonly EvidenceRow[],
  listed: readonly { article: string; passage: string; quote: string }[],
): SourcedEvidence[] {
  const rank = (r: EvidenceRow) => {
    const at = listed.findIndex(
      (e) => e.article === r.passage.article.slug && e.passage === r.passage.key && e.quote === r.quote,
    );
    return at < 0 ? listed.length : at;
  };
  return [...rows]
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        a.passage.article.slug.localeCompare(b.passage.article.slug) ||
        a.passage.position - b.passage.position,
    )
    .map((r) => ({
      article: r.passage.article.slug,
      articleTitle: r.passage.article.title,
      passage: r.passage.key,
      quote: r.quote,
    }));
}

/** The visible facts (of some kinds, or all) and every entity's name. */
export async function loadFactBase(db: Db, options: { kinds?: readonly FactKind[] } = {}): Promise<FactBase> {
  const [rows, entities] = await Promise.all([
    db.fact.findMany({
      where: {
        status: { in: [...VISIBLE_STATUSES] },
        ownerId: null,
        ...(options.kinds ? { kind: { in: [...options.kinds] } } : {}),
      },
      orderBy: { id: "asc" },
      include: {
        evidence: {
          select: {
            quote: true,
            passage: { select: { key: true, position: true, article: { select: { slug: true, title: true } } } },
          },
        },
      },
    }),
    db.entity.findMany({ select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  const facts = rows.map((row): SourcedFact => {
    const fact = factData.decode(row.data, row.id);
    if (!isVisible(row.status)) throw new Error(`fact ${row.id}: status ${row.status} is not visible`);
    return { fact, status: row.status, evidence: orderEvidence(row.evidence, fact.evidence) };
  });
  return { facts, entities };
}

/** The library's questions that may be served (a teacher's own questions are served only through their sets). */
const servable = { hidden: false, retired: false, ownerId: null } as const;

/** How many servable questions each fact has (facts without any are absent). */
export async function questionCountsByFact(db: Db): Promise<Map<string, number>> {
  const rows = await db.questionFact.groupBy({ by: ["factId"], where: { question: servable }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.factId, r._count._all]));
}

/** The servable questions generated from a fact, with how many facts each is about. */
export async function questionsOnFact(db: Db, factId: string): Promise<FactQuestion[]> {
  const rows = await db.question.findMany({
    where: { ...servable, facts: { some: { factId } } },
    orderBy: { id: "asc" },
    select: { id: true, _count: { select: { facts: true } } },
  });
  return rows.map((r) => ({ id: r.id, factCount: r._count.facts }));
}
