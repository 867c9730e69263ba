import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { teacherSets } from "@/lib/db/teach-sets";
import { teacherOrRedirect } from "../guard";
import { mutedText } from "../_components/styles";
import { PageHeading } from "../_components/page-heading";
import { LinkCard, LinkCardGrid } from "../_components/link-cards";
import { ButtonLink } from "@/app/_components/button";
import { formatDateTime } from "../_components/format";

export const metadata: Metadata = { title: "Question sets" };

export default async function SetsPage() {
  const teacher = await teacherOrRedirect("/teach/sets");
  const sets = await teacherSets(db(), teacher.id);
  return (
    <div>
      <PageHeading
        title="Question sets"
        action={
          <ButtonLink href="/teach/sets/new" size="compact">
            New question set
          </ButtonLink>
        }
      />
      {sets.length ? (
        <LinkCardGrid className="mt-4">
          {sets.map((s) => (
            <LinkCard key={s.id} href={`/teach/sets/${s.id}`} title={s.title}>
              <p className={mutedText}>
                {s.questionCount} {s.questionCount === 1 ? "question" : "questions"} · assigned {s.assignmentCount}{" "}
                {s.assignmentCount === 1 ? "time" : "times"} · changed {formatDateTime(s.updatedAt)}
              </p>
            </LinkCard>
          ))}
        </LinkCardGrid>
      ) : (
        <p className={`mt-4 ${mutedText}`}>No question sets yet. Make one from the question bank.</p>
      )}
    </div>
  );
}
