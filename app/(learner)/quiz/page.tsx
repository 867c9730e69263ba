import type { Metadata } from "next";
import { z } from "zod";
import { TOPIC_GROUPS, TOPIC_GROUP_IDS } from "@/lib/questions/topic-groups";
import { StartQuizForm } from "./start-quiz-form";

export const metadata: Metadata = { title: "Start a quiz" };

const searchSchema = z
  .object({
    group: z
      .enum(["mixed", ...TOPIC_GROUP_IDS])
      .catch("mixed")
      .default("mixed"),
  })
  .catch({ group: "mixed" });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuizStartPage({ searchParams }: Props) {
  const { group } = searchSchema.parse(await searchParams);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">Start a quiz</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        One question at a time. After each answer you see the sentence in the article that decides it.
      </p>
      <StartQuizForm groups={TOPIC_GROUPS.map((g) => ({ id: g.id, title: g.title }))} initialGroup={group} />
    </div>
  );
}
