import { attemptScore } from "@/lib/domain/attempt";
import { questionStem } from "@/lib/questions/stem";
import type { AttemptRecord } from "@/lib/db/attempts";
import type { Question } from "@/lib/questions/schema";
import { formatAnswer } from "@/lib/questions/format-answer";
import { TOPIC_GROUPS, topicGroupOf } from "@/lib/questions/topic-groups";
import { EvidenceList } from "@/app/_components/evidence-list";
import { ButtonLink } from "@/app/_components/button";
import { StatCard, StatList } from "@/app/_components/stat-card";

type Props = { attempt: AttemptRecord; questions: Map<string, Question>; articleTitles: Record<string, string> };

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export function QuizSummary({ attempt, questions, articleTitles }: Props) {
  const responses = new Map(attempt.responses.map((r) => [r.questionId, r]));
  const total = attempt.questionIds.length;
  const { percent, right } = attemptScore(attempt);
  const byGroup = TOPIC_GROUPS.map((g) => {
    const ids = attempt.questionIds.filter((id) => {
      const q = questions.get(id);
      return q && topicGroupOf(q.topic)?.id === g.id;
    });
    const right = ids.filter((id) => responses.get(id)?.correct).length;
    return { group: g, right, total: ids.length };
  }).filter((g) => g.total > 0);
  const missed = attempt.questionIds.filter((id) => !responses.get(id)?.correct);
  const took = (attempt.finishedAt ?? attempt.startedAt).getTime() - attempt.startedAt.getTime();

  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold">Quiz complete</h1>
      <StatList columns={3} className="mt-4">
        <StatCard label="Score" value={`${percent}%`}>
          <span>
            {right} of {total} right
          </span>
          {percent !== Math.round((right / Math.max(1, total)) * 100) ? (
            <span className="text-slate-600 dark:text-slate-300">Includes part credit for partly right answers.</span>
          ) : null}
        </StatCard>
        <StatCard label="Time taken" value={duration(took)} />
      </StatList>
      <h2 className="mt-8 text-lg font-semibold">By topic</h2>
      <ul className="mt-2 flex flex-col gap-2">
        {byGroup.map(({ group, right, total: n }) => (
          <li key={group.id} className="flex items-center gap-3">
            <span className="w-40 shrink-0">{group.title}</span>
            <meter
              min={0}
              max={n}
              value={right}
              className="h-3 flex-1"
              aria-label={`${group.title}: ${right} of ${n} right`}
            />
            <span className="w-14 text-right tabular-nums">
              {right}/{n}
            </span>
          </li>
        ))}
      </ul>
      <h2 className="mt-8 text-lg font-semibold">
        {missed.length ? `Missed questions (${missed.length})` : "No missed questions"}
      </h2>
      <ol className="mt-2 flex flex-col gap-4">
        {missed.map((id) => {
          const q = questions.get(id);
          const r = responses.get(id);
          if (!q) return null;
          return (
            <li key={id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <p className="font-semibold">{questionStem(q)}</p>
              <p className="mt-1">
                <span className="font-medium">Your answer:</span> {r ? formatAnswer(r.answer) : "not answered"}
              </p>
              <p>
                <span className="font-medium">Right answer:</span> {q.answers.join("; ")}
              </p>
              <EvidenceList evidence={q.evidence} articleTitles={articleTitles} />
            </li>
          );
        })}
      </ol>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/quiz">New quiz</ButtonLink>
        {missed.length ? (
          <ButtonLink href="/review" variant="secondary">
            Review what you missed
          </ButtonLink>
        ) : null}
      </div>
    </div>
  );
}
