import type { Metadata } from "next";
import { db } from "@/lib/db/client";
import { getViewer } from "@/lib/auth/viewer";
import { loadLearningRecord } from "@/lib/db/progress";
import {
  dailyHistory,
  factStates,
  masteryBasis,
  masteryLabel,
  MIN_CARD_REPS,
  MIN_EVIDENCE,
  RECENT_WINDOW,
  streak,
  topicMastery,
} from "@/lib/progress";
import { TOPIC_GROUPS } from "@/lib/questions/topic-groups";
import { MasteryBar } from "@/app/_components/mastery-bar";
import { HistoryChart } from "./history-chart";
import { ButtonLink } from "@/app/_components/button";
import { Section } from "@/app/_components/section";
import { StatCard, StatList } from "@/app/_components/stat-card";

export const metadata: Metadata = { title: "Progress" };

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

export default async function ProgressPage() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">Progress</h1>
        <p className="mt-2">Take a quiz or review flashcards and your progress shows up here.</p>
        <ButtonLink href="/quiz" className="mt-4 inline-block">
          Start a quiz
        </ButtonLink>
      </div>
    );
  }
  const now = new Date();
  const record = await loadLearningRecord(db(), viewer.id, now);
  const states = factStates(record.factIds, record.answers, record.cards);
  const days = streak([...record.answers.map((a) => a.at), ...record.reviewDates], now);
  const total = record.factIds.length || 1;
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold">Progress</h1>
        <StatList className="mt-4">
          <StatCard label="Streak" value={`${days} day${days === 1 ? "" : "s"}`} />
          <StatCard label="Facts mastered" value={`${states.mastered.length} of ${record.factIds.length}`} />
          <StatCard label="Still learning" value={states.learning.length} />
          <StatCard label="Not yet seen" value={states.unseen.length} />
        </StatList>
        <div
          className="mt-3 flex h-3 overflow-hidden rounded"
          role="img"
          aria-label={`${states.mastered.length} facts mastered, ${states.learning.length} learning, ${states.unseen.length} not yet seen`}
        >
          <div className="bg-emerald-600" style={{ width: `${(states.mastered.length / total) * 100}%` }} />
          <div className="bg-amber-500" style={{ width: `${(states.learning.length / total) * 100}%` }} />
          <div
            className="bg-slate-300 dark:bg-slate-700"
            style={{ width: `${(states.unseen.length / total) * 100}%` }}
          />
        </div>
      </div>
      <Section id="mastery-heading" title="Mastery by topic">
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          Mastery is the share right of your last {RECENT_WINDOW} answers in a topic, with each flashcard reviewed at
          least {MIN_CARD_REPS} times counting as one more answer (how likely you are to recall it now). It shows once
          there are {MIN_EVIDENCE} of them.
        </p>
        <ul className="mt-3 grid gap-4 sm:grid-cols-2">
          {TOPIC_GROUPS.map((g) => {
            const m = topicMastery(g.topics, record.answers, record.cards);
            return (
              <li key={g.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <h3 className="font-semibold">{g.title}</h3>
                <div className="mt-2">
                  <MasteryBar label="Mastery" value={m.mastery} text={masteryLabel(m)} />
                </div>
                <p className="mt-2 text-sm">{masteryBasis(m)}</p>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
                  Recent answers right: {pct(m.recentCorrectRate)} ({m.recentAnswered} answered) · Flashcard recall:{" "}
                  {m.cardsCounted ? pct(m.retrievability) : "too few reviews yet"}
                </p>
              </li>
            );
          })}
        </ul>
      </Section>
      <Section id="history-heading" title="History">
        <HistoryChart points={dailyHistory(record.answers, now, 30)} />
      </Section>
    </div>
  );
}
