"use client";
// The answer controls for each question kind. Native inputs first, so screen
// readers and keyboards get the behaviour they expect.
import type { QuestionView } from "@/lib/questions/view";

export type Draft = {
  choice: string;
  choices: string[];
  text: string;
  order: string[];
  pairs: Record<string, string>;
};

export function emptyDraft(q: QuestionView): Draft {
  return { choice: "", choices: [], text: "", order: q.kind === "ordering" ? [...q.choices] : [], pairs: {} };
}

type Props = {
  question: QuestionView;
  draft: Draft;
  setDraft: (d: Draft) => void;
  locked: boolean;
  announce: (s: string) => void;
  /** After answering: the right answer, so each choice is marked right or wrong where it stands. */
  rightAnswer?: string[];
};

/** "Right answer" / "Your answer, wrong" beside a choice once the answer is in. */
function ChoiceMark({ choice, chosen, rightAnswer }: { choice: string; chosen: boolean; rightAnswer?: string[] }) {
  if (!rightAnswer) return null;
  const right = rightAnswer.includes(choice);
  if (right) {
    return (
      <span className="ml-auto shrink-0 rounded bg-emerald-700 px-2 py-0.5 text-xs font-semibold text-white">
        ✓ {chosen ? "Your answer, right" : "Right answer"}
      </span>
    );
  }
  if (chosen)
    return (
      <span className="ml-auto shrink-0 rounded bg-rose-700 px-2 py-0.5 text-xs font-semibold text-white">
        ✗ Your answer
      </span>
    );
  return null;
}

const choiceRow =
  "flex cursor-pointer flex-wrap items-start gap-3 rounded-md border border-slate-300 px-3 py-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:disabled]:cursor-default dark:border-slate-700 dark:has-[:checked]:bg-slate-800";

function KeyBadge({ n }: { n: number }) {
  return (
    <span
      aria-hidden="true"
      className="mt-0.5 inline-flex h-6 min-w-6 pointer-coarse:hidden items-center justify-center rounded border border-slate-400 text-xs tabular-nums text-slate-600 dark:text-slate-300"
    >
      {n}
    </span>
  );
}

export function AnswerInput({ question: q, draft, setDraft, locked, announce, rightAnswer }: Props) {
  switch (q.kind) {
    case "single-choice":
    case "evidence":
    case "date":
    case "true-false": {
      const choices = q.kind === "true-false" ? ["True", "False"] : q.choices;
      return (
        <fieldset disabled={locked} className="flex flex-col gap-2">
          <legend className="sr-only">{q.prompt}</legend>
          {choices.map((c, i) => (
            <label key={c} className={choiceRow}>
              <input
                type="radio"
                name="answer"
                value={c}
                checked={draft.choice === c}
                onChange={() => setDraft({ ...draft, choice: c })}
                className="mt-1"
              />
              {i < 9 ? <KeyBadge n={i + 1} /> : null}
              <span className={`min-w-0 flex-1 ${q.kind === "evidence" ? "font-serif" : ""}`}>{c}</span>
              <ChoiceMark choice={c} chosen={draft.choice === c} rightAnswer={rightAnswer} />
            </label>
          ))}
        </fieldset>
      );
    }
    case "multi-select":
      return (
        <fieldset disabled={locked} className="flex flex-col gap-2">
          <legend className="sr-only">
            {/select all/i.test(q.prompt) ? q.prompt : `${q.prompt} Select all that apply.`}
          </legend>
          {q.choices.map((c, i) => (
            <label key={c} className={choiceRow}>
              <input
                type="checkbox"
                name="answer"
                value={c}
                checked={draft.choices.includes(c)}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    choices: e.target.checked ? [...draft.choices, c] : draft.choices.filter((x) => x !== c),
                  })
                }
                className="mt-1"
              />
              {i < 9 ? <KeyBadge n={i + 1} /> : null}
              <span className="min-w-0 flex-1">{c}</span>
              <ChoiceMark choice={c} chosen={draft.choices.includes(c)} rightAnswer={rightAnswer} />
            </label>
          ))}
        </fieldset>
      );
    case "cloze":
      return (
        <div className="flex flex-col gap-2">
          <label htmlFor="cloze-answer" className="font-medium">
            Your answer
          </label>
          <input
            id="cloze-answer"
            type="text"
            autoComplete="off"
            disabled={locked}
            value={draft.text}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            maxLength={200}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
          />
        </div>
      );
    case "ordering": {
      const move = (from: number, to: number) => {
        const order = [...draft.order];
        const [item] = order.splice(from, 1);
        if (item === undefined) return;
        order.splice(to, 0, item);
        setDraft({ ...draft, order });
        announce(`Moved "${item}" to position ${to + 1} of ${order.length}.`);
      };
      return (
        <ol className="flex flex-col gap-2" aria-label="Items in your order, earliest first">
          {draft.order.map((item, i) => (
            <li
              key={item}
              className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 px-3 py-2 dark:border-slate-700"
            >
              <span className="w-6 text-right tabular-nums text-slate-500 dark:text-slate-400">{i + 1}.</span>
              <span className="min-w-0 flex-1">{item}</span>
              <span className="flex gap-1">
                <button
                  type="button"
                  disabled={locked || i === 0}
                  onClick={() => move(i, i - 1)}
                  aria-label={`Move "${item}" earlier`}
                  className="rounded border border-slate-400 px-2 py-1 disabled:opacity-40"
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={locked || i === draft.order.length - 1}
                  onClick={() => move(i, i + 1)}
                  aria-label={`Move "${item}" later`}
                  className="rounded border border-slate-400 px-2 py-1 disabled:opacity-40"
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      );
    }
    case "matching":
      return (
        <div className="flex flex-col gap-3">
          {(q.left ?? []).map((left, i) => (
            <div key={left} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
              <label htmlFor={`match-${i}`} className="sm:w-1/2">
                {left}
              </label>
              <select
                id={`match-${i}`}
                disabled={locked}
                value={draft.pairs[left] ?? ""}
                onChange={(e) => setDraft({ ...draft, pairs: { ...draft.pairs, [left]: e.target.value } })}
                className="min-w-0 rounded-md border border-slate-400 bg-white px-2 py-2 text-slate-900 sm:w-1/2 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
              >
                <option value="">Choose…</option>
                {(q.right ?? []).map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
  }
}
