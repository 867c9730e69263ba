import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { teacherClasses } from "@/lib/db/teach-classes";
import { teacherOrRedirect } from "../guard";
import { mutedText } from "../_components/styles";
import { PageHeading } from "../_components/page-heading";
import { LinkCard, LinkCardGrid } from "../_components/link-cards";
import { ButtonLink } from "@/app/_components/button";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const teacher = await teacherOrRedirect("/teach/classes");
  const classes = await teacherClasses(db(), teacher.id);
  return (
    <div>
      <PageHeading
        title="Classes"
        action={
          <ButtonLink href="/teach/classes/new" size="compact">
            New class
          </ButtonLink>
        }
      />
      {classes.length ? (
        <LinkCardGrid className="mt-4">
          {classes.map((c) => (
            <LinkCard key={c.id} href={`/teach/classes/${c.id}`} title={c.name}>
              <p className={mutedText}>
                {c.learnerCount} {c.learnerCount === 1 ? "learner" : "learners"} · {c.assignmentCount}{" "}
                {c.assignmentCount === 1 ? "assignment" : "assignments"}
              </p>
              <p className="text-sm">
                Join code <span className="font-mono font-semibold">{c.joinCode}</span>
              </p>
            </LinkCard>
          ))}
        </LinkCardGrid>
      ) : (
        <p className={`mt-4 ${mutedText}`}>You have no classes yet.</p>
      )}
    </div>
  );
}
