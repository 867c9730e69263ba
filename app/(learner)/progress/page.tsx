import type { Metadata } from "next";
import Link from "next/link";
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
import { actionPrimary } from "@/app/_components/action-styles";

export const metadata: Metadata = { title: "Progress" };

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

export default async function ProgressPage() {
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">Progress</h1>
        <p className="mt-2">Take a quiz or review flashcards and your progress shows up here.</p>
        <Link href="/quiz" className={`mt-4 inline-block ${actionPrimary}`}>
          Start a quiz
        </Link>
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
        <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Stat label="Streak" value={`${days} day${days === 1 ? "" : "s"}`} />
          <Stat label="Facts mastered" value={`${states.mastered.length} of ${record.factIds.length}`} />
          <Stat label="Still learning" value={String(states.learning.length)} />
          <Stat label="Not yet seen" value={String(states.unseen.length)} />
        </dl>
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
      <section aria-labelledby="mastery-heading">
        <h2 id="mastery-heading" className="text-xl font-semibold">
          Mastery by topic
        </h2>
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
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="text-xl font-semibold">
          History
        </h2>
        <HistoryChart points={dailyHistory(record.answers, now, 30)} />
      </section>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <dt className="text-sm text-slate-600 dark:text-slate-300">{label}</dt>
      <dd className="text-xl font-bold">{value}</dd>
    </div>
  );
}
