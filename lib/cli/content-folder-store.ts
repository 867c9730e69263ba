// The content/ side of importing an article (lib/teach/import-article.ts), as lib/db/teach-articles.ts is
// the database's: content:import stores the article and its proposed facts as files for a person to review.
//   <root>/articles/<slug>.md
//   <root>/facts/proposed-<slug>.yaml   (status: proposed)
//   <root>/entities.yaml                (new entities appended; existing lines never rewritten)
// content/ is versioned, so an article imported again is replaced in place (with --force when its text
// changed), facts a person already reviewed or rejected are kept, and a fact whose id another file holds
// is the same fact found again: listed in the proposal for its evidence, not proposed twice. Everything
// is checked against the whole folder as it would be before a file is written.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { parseArticleFile, serializeArticle } from "../content";
import { DomainError } from "../domain/errors";
import {
  appendEntities,
  checkCorpus,
  factsFileSchema,
  proposalFile,
  type Entity,
  type Fact,
  type LoadedCorpus,
} from "../facts";
import { entitiesUsed, type ArticleImportStore, type ImportedArticle, type LeftOut } from "../teach/import-article";

export type FolderImport = {
  articleFile: string;
  article: "written" | "replaced" | "unchanged";
  passages: number;
  /** Layout repairs listed in the article (lines rejoined, page furniture dropped). */
  repairs: number;
  proposalFile: string;
  proposed: Fact[];
  /** Reviewed or rejected facts of an earlier import of this article, kept as they were. */
  kept: number;
  /** Ids of facts found again that other files already hold. */
  alreadyKnown: string[];
  /** Proposed facts the whole folder's checks reject (beyond those the use case left out). */
  rejected: LeftOut[];
  entitiesFile: string;
  newEntities: Entity[];
};

/** The store for content:import over a loaded content folder; `source` names the imported file in the proposal. */
export function contentFolderStore(
  corpus: LoadedCorpus,
  options: { root: string; source: string; force: boolean },
): ArticleImportStore<FolderImport> {
  return {
    knownEntities: async () => corpus.entities,
    // Imported again, an article replaces its earlier self: content/ keeps one file per article.
    slugFor: async (base) => base,
    saveImport: (imported) => save(corpus, options, imported),
  };
}

async function save(
  corpus: LoadedCorpus,
  options: { root: string; source: string; force: boolean },
  { article, facts, entities }: ImportedArticle,
): Promise<FolderImport> {
  const slug = article.slug;
  const articleFile = path.join(options.root, "articles", `${slug}.md`);
  const previousText = existsSync(articleFile) ? await readFile(articleFile, "utf8") : undefined;
  if (previousText !== undefined) parseArticleFile(previousText, articleFile);
  const articleText = serializeArticle(article);
  if (previousText !== undefined && previousText !== articleText && !options.force)
    throw new DomainError(`${articleFile} already exists with different content; pass --force to replace it`);

  const proposalPath = path.join(options.root, "facts", `proposed-${slug}.yaml`);
  const inProposal = (i: number) => corpus.sources.factFiles[i] === proposalPath;
  const kept = corpus.facts.filter((f, i) => inProposal(i) && f.status !== "proposed");
  const otherFacts = corpus.facts.filter((_, i) => !inProposal(i));
  const otherFiles = corpus.sources.factFiles.filter((f) => f !== proposalPath);
  const takenIds = new Map(otherFacts.map((f, i) => [f.id, otherFiles[i] ?? "content/facts"]));
  const keptIds = new Set(kept.map((f) => f.id));
  const alreadyKnown = facts
    .filter((f) => takenIds.has(f.id))
    .flatMap((f) =>
      f.evidence.map((e) => ({ id: f.id, file: takenIds.get(f.id) ?? "", passage: e.passage, quote: e.quote })),
    );
  let proposed = facts.filter((f) => !takenIds.has(f.id) && !keptIds.has(f.id));

  // The folder as it would be: a proposed fact it would make content:check reject is left out; anything else
  // it would break (a replaced article no longer holding a reviewed quote) stops the import.
  const candidate = {
    articles: [...corpus.articles.filter((a) => a.slug !== slug), article],
    entities: [...corpus.entities, ...entities],
    facts: [...otherFacts, ...kept, ...proposed],
  };
  const factFiles = [...otherFiles, ...[...kept, ...proposed].map(() => proposalPath)];
  const problems = checkCorpus(candidate, { entitiesFile: corpus.sources.entitiesFile, factFiles });
  const rejected = new Map<string, string>();
  for (const p of problems)
    if (p.file === proposalPath && p.fact && proposed.some((f) => f.id === p.fact)) rejected.set(p.fact, p.message);
  proposed = proposed.filter((f) => !rejected.has(f.id));
  const before = new Set(checkCorpus(corpus, corpus.sources).map((p) => `${p.file}: ${p.message}`));
  const broken = problems.filter((p) => !(p.fact && rejected.has(p.fact)) && !before.has(`${p.file}: ${p.message}`));
  if (broken.length > 0)
    throw new DomainError(
      `the import would break the fact base:\n${broken.map((p) => `  ${p.file}: ${p.message}`).join("\n")}`,
    );
  const newEntities = entitiesUsed(entities, proposed);

  const entitiesText = await readFile(corpus.sources.entitiesFile, "utf8");
  let appended: string | undefined;
  try {
    appended = appendEntities(entitiesText, newEntities, slug);
  } catch (error) {
    throw new DomainError(
      `the new entities would not make a valid ${corpus.sources.entitiesFile}: ${(error as Error).message}`,
    );
  }
  const proposalText = proposalFile([...kept, ...proposed], {
    slug,
    source: options.source,
    alreadyKnown,
    newEntities: newEntities.map((e) => e.id),
  });
  factsFileSchema.parse(parseYaml(proposalText));

  await writeFile(articleFile, articleText);
  await writeFile(proposalPath, proposalText);
  if (appended !== undefined) await writeFile(corpus.sources.entitiesFile, appended);
  return {
    articleFile,
    article: previousText === articleText ? "unchanged" : previousText ? "replaced" : "written",
    passages: article.passages.length,
    repairs: article.repairs.length,
    proposalFile: proposalPath,
    proposed,
    kept: kept.length,
    alreadyKnown: [...new Set(alreadyKnown.map((k) => k.id))],
    rejected: [...rejected].map(([id, why]) => ({ id, why })),
    entitiesFile: corpus.sources.entitiesFile,
    newEntities,
  };
}
