import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { teacherClasses } from "@/lib/db/teach-classes";
import { teacherOrRedirect } from "../guard";
import { buttonPrimary, cardClass, linkClass, mutedText } from "../_components/styles";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const teacher = await teacherOrRedirect("/teach/classes");
  const classes = await teacherClasses(db(), teacher.id);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Classes</h1>
        <Link href="/teach/classes/new" className={buttonPrimary}>
          New class
        </Link>
      </div>
      {classes.length ? (
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {classes.map((c) => (
            <li key={c.id} className={cardClass}>
              <Link href={`/teach/classes/${c.id}`} className={`text-lg ${linkClass}`}>
                {c.name}
              </Link>
              <p className={mutedText}>
                {c.learnerCount} {c.learnerCount === 1 ? "learner" : "learners"} · {c.assignmentCount}{" "}
                {c.assignmentCount === 1 ? "assignment" : "assignments"}
              </p>
              <p className="text-sm">
                Join code <span className="font-mono font-semibold">{c.joinCode}</span>
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className={`mt-4 ${mutedText}`}>You have no classes yet.</p>
      )}
    </div>
  );
}
