// Reading a pasted article: layout repair, then fact extraction. Pure and
// self-contained, so it can run in a separate process (lib/teach/extract-job.ts)
// where a long or hostile text cannot hold the server.
import { articleFromText, ContentError } from "../content";
import type { Article } from "../content/schema";
import { extractFacts, type Extraction } from "../facts/extract";
import type { Entity } from "../facts/schema";
import { DomainError } from "../domain/errors";
import type { ImportArticleInput } from "./schema";

/** The article as the pipeline reads it. The teacher's title wins over any header line of the text. */
export function articleFromPaste(input: ImportArticleInput, slug: string): Article {
  try {
    return articleFromText(input.text, {
      slug,
      outlet: input.outlet,
      publishedOn: input.publishedOn,
      title: input.title,
    }).article;
  } catch (error) {
    if (error instanceof ContentError) throw new DomainError(`The article could not be read: ${error.message}`);
    throw error;
  }
}

/** Everything heavy an import does with the text: the article and the facts proposed from it. */
export function readPaste(
  input: ImportArticleInput,
  slug: string,
  known: readonly Entity[],
): { article: Article; extraction: Extraction } {
  const article = articleFromPaste(input, slug);
  return { article, extraction: extractFacts(article, { entities: known }) };
}
