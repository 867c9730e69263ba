import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { factFormContext } from "@/lib/db/teach-fact-review";
import { NotFoundError } from "@/lib/domain/errors";
import { addFactAction } from "@/lib/actions/teach/add-fact";
import { FACT_FIELDS, selectionParamsSchema } from "@/lib/teach";
import type { FactKind } from "@/lib/facts/schema";
import { teacherOrRedirect } from "../../../../guard";
import { linkClass, mutedText } from "../../../../_components/styles";
import { FactForm } from "../../_fact-form/fact-form";

export const metadata: Metadata = { title: "Add a fact" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** A fact the extractor missed: the passage and quote come from the teacher's selection in the article, or are typed here. */
export default async function NewFactPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const teacher = await teacherOrRedirect(`/teach/articles/${slug}/facts/new`);
  const raw = await searchParams;
  const selection = selectionParamsSchema.parse({
    passage: first(raw.passage),
    quote: first(raw.quote),
    kind: first(raw.kind),
  });
  const { article, entities } = await factFormContext(db(), { ownerId: teacher.id, slug }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const passage = article.passages.find((p) => p.id === selection.passage) ?? null;
  const kinds = Object.keys(FACT_FIELDS) as FactKind[];
  const quote = selection.quote?.trim() ?? "";
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/teach/articles/${article.slug}#passages-heading`} className={linkClass}>
          {article.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Add a fact from the article</h1>
      {passage ? (
        <>
          <p className="mt-1 text-slate-700 dark:text-slate-300">
            The quote is the words that state the fact, copied word for word from passage {passage.id.slice(1)}. Then
            choose what kind of fact it is and fill in its parts; name people, countries and agreements as the article
            does (known ones are suggested as you type, new ones are created).
          </p>
          {quote && !passage.text.includes(quote) ? (
            <p role="alert" className="mt-2 text-sm font-medium text-red-700 dark:text-red-400">
              The selected words are not found word for word in this passage; correct the quote below.
            </p>
          ) : null}
          <div className="mt-4">
            <FactForm
              action={addFactAction}
              hidden={{ slug: article.slug, passage: passage.id }}
              kinds={kinds}
              kind={selection.kind ?? kinds[0] ?? "event"}
              values={{ "quote.0": quote }}
              evidence={[{ passage: passage.id, text: passage.text }]}
              entities={entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }))}
              submitLabel="Add fact"
              offerStatus
            />
          </div>
        </>
      ) : (
        <>
          <p className="mt-1 text-slate-700 dark:text-slate-300">Which passage states the fact?</p>
          <ol className="mt-3 flex flex-col gap-3">
            {article.passages.map((p) => (
              <li key={p.id} className="flex flex-col gap-1">
                <p className="font-serif">{p.text}</p>
                <p className={mutedText}>
                  <Link href={`/teach/articles/${article.slug}/facts/new?passage=${p.id}`} className={linkClass}>
                    Add a fact from passage {p.id.slice(1)}
                  </Link>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
