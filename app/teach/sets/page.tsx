import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { teacherSets } from "@/lib/db/teach-sets";
import { teacherOrRedirect } from "../guard";
import { buttonPrimary, cardClass, linkClass, mutedText } from "../_components/styles";
import { formatDateTime } from "../_components/format";

export const metadata: Metadata = { title: "Question sets" };

export default async function SetsPage() {
  const teacher = await teacherOrRedirect("/teach/sets");
  const sets = await teacherSets(db(), teacher.id);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Question sets</h1>
        <Link href="/teach/sets/new" className={buttonPrimary}>
          New question set
        </Link>
      </div>
      {sets.length ? (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {sets.map((s) => (
            <li key={s.id} className={cardClass}>
              <Link href={`/teach/sets/${s.id}`} className={`text-lg ${linkClass}`}>
                {s.title}
              </Link>
              <p className={mutedText}>
                {s.questionCount} {s.questionCount === 1 ? "question" : "questions"} · assigned {s.assignmentCount}{" "}
                {s.assignmentCount === 1 ? "time" : "times"} · changed {formatDateTime(s.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className={`mt-4 ${mutedText}`}>No question sets yet. Make one from the question bank.</p>
      )}
    </div>
  );
}
