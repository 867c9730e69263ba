import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/lib/db/client";
import { factForEdit } from "@/lib/db/teach-articles";
import { NotFoundError } from "@/lib/domain/errors";
import { FACT_FIELDS, factFormValues } from "@/lib/teach";
import { teacherOrRedirect } from "../../../../guard";
import { linkClass } from "../../../../_components/styles";
import { EditFactForm } from "./edit-fact-form";

export const metadata: Metadata = { title: "Edit fact" };

export default async function EditFactPage({ params }: { params: Promise<{ slug: string; factId: string }> }) {
  const { slug, factId } = await params;
  const teacher = await teacherOrRedirect(`/teach/articles/${slug}/facts/${factId}`);
  const { article, fact, entityIds } = await factForEdit(db(), { ownerId: teacher.id, slug, factId }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const passages = Object.fromEntries(article.passages.map((p) => [p.id, p.text]));
  return (
    <div className="max-w-3xl">
      <p className="text-sm"><Link href={`/teach/articles/${article.slug}#fact-${fact.id}`} className={linkClass}>{article.title}</Link></p>
      <h1 className="text-2xl font-bold">Edit fact</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">A {fact.kind} fact. Entity fields take entity ids (suggested as you type); each quote must be copied word for word from its passage.</p>
      <div className="mt-4">
        <EditFactForm
          slug={article.slug}
          factId={fact.id}
          fields={[...FACT_FIELDS[fact.kind]]}
          values={factFormValues(fact)}
          evidence={fact.evidence.map((e) => ({ passage: e.passage, text: passages[e.passage] ?? "" }))}
          entityIds={[...entityIds].sort()}
        />
      </div>
    </div>
  );
}
