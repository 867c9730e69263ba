import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { factForEdit } from "@/lib/db/teach-articles";
import { factFormContext } from "@/lib/db/teach-fact-review";
import { NotFoundError } from "@/lib/domain/errors";
import { editFactAction } from "@/lib/actions/teach/edit-fact";
import { factFormValues } from "@/lib/teach";
import { teacherOrRedirect } from "../../../../guard";
import { linkClass } from "../../../../_components/styles";
import { FactForm } from "../../_fact-form/fact-form";

export const metadata: Metadata = { title: "Edit fact" };

export default async function EditFactPage({ params }: { params: Promise<{ slug: string; factId: string }> }) {
  const { slug, factId } = await params;
  const teacher = await teacherOrRedirect(`/teach/articles/${slug}/facts/${factId}`);
  const [{ article, fact }, { entities }] = await Promise.all([
    factForEdit(db(), { ownerId: teacher.id, slug, factId }),
    factFormContext(db(), { ownerId: teacher.id, slug }),
  ]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const passages = Object.fromEntries(article.passages.map((p) => [p.id, p.text]));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return (
    <div className="max-w-3xl">
      <p className="text-sm">
        <Link href={`/teach/articles/${article.slug}#fact-${fact.id}`} className={linkClass}>
          {article.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Edit fact</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        A {fact.kind} fact. Name entities as the article does (known ones are suggested as you type); each quote must be
        copied word for word from its passage.
      </p>
      <div className="mt-4">
        <FactForm
          action={editFactAction}
          hidden={{ slug: article.slug, factId: fact.id }}
          kinds={[fact.kind]}
          kind={fact.kind}
          values={factFormValues(fact, names)}
          evidence={fact.evidence.map((e) => ({ passage: e.passage, text: passages[e.passage] ?? "" }))}
          entities={entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases }))}
          submitLabel="Save fact"
        />
      </div>
    </div>
  );
}
