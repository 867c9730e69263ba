// A test-wise solver: it never reads the articles and answers from surface cues
// alone. Where it scores well above chance on a kind, that kind leaks its answers.
// Deterministic: ties are broken by a hash of the question and option, never at random.
import { gradeAnswer } from "../grade";
import { hashString } from "../random";
import { MATCH_ARROW, QUESTION_KINDS, type Answer, type Question, type QuestionKind } from "../schema";
import { normalizeText } from "../text";
import { contentWords, overlap } from "../lint/words";
import { questionStem } from "../stem";
import { chanceScore } from "./chance";
import { cueScores, trueFalseGuess } from "./cues";

export { chanceScore } from "./chance";
export { CUE_WEIGHTS } from "./cues";

/**
 * Options best first by cue score; ties by a hash of id, option and a salt (a coin the
 * learner tosses where no cue decides), so the same bank gives the same answers.
 */
function ranked(q: Question, stem: string, options: readonly string[], salt = ""): string[] {
  const scores = cueScores(stem, options);
  const tie = (o: string) => hashString(`${q.id}|${o}${salt}`);
  return options
    .map((o, i) => ({ o, s: scores[i] ?? 0 }))
    .sort((a, b) => b.s - a.s || tie(a.o) - tie(b.o))
    .map((x) => x.o);
}

/** The first year a text names, for ordering by what the items themselves say. */
function yearIn(text: string): number | undefined {
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(text);
  return m?.[1] ? Number(m[1]) : undefined;
}

/** What a test-wise learner answers, in the shape the grader takes. */
export function solveQuestion(q: Question, salt = ""): Answer {
  const stem = questionStem(q);
  switch (q.kind) {
    case "single-choice":
    case "evidence":
      return { kind: q.kind, choice: ranked(q, stem, q.choices)[0] ?? "" };
    case "date":
      return { kind: "date", text: ranked(q, stem, q.choices)[0] ?? "" };
    case "multi-select": {
      // As many as the stem asks for when it says ("Which two…"), else the better-cued half.
      const asked = /\b(two|three|four)\b/i.exec(q.prompt)?.[1]?.toLowerCase();
      const count = asked ? ({ two: 2, three: 3, four: 4 }[asked] ?? 1) : Math.max(1, Math.round(q.choices.length / 2));
      return { kind: "multi-select", choices: ranked(q, stem, q.choices, salt).slice(0, count) };
    }
    case "true-false":
      return { kind: "true-false", value: trueFalseGuess(q.statement) };
    case "cloze":
      return { kind: "cloze", text: "" };
    case "ordering": {
      // By a year the item names, else as shown: a bank that shows items in order leaks.
      const at = new Map(q.choices.map((c, i) => [c, i]));
      const order = [...q.choices].sort(
        (a, b) => (yearIn(a) ?? 0) - (yearIn(b) ?? 0) || (at.get(a) ?? 0) - (at.get(b) ?? 0),
      );
      return { kind: "ordering", order };
    }
    case "matching": {
      // Each left to the free right that shares most words with it; ties by hash.
      const free = new Set(q.right);
      const pairs = q.left.map((left) => {
        const words = contentWords(left);
        const pool = free.size > 0 ? [...free] : q.right;
        const best =
          [...pool].sort(
            (a, b) =>
              overlap(contentWords(b), words) - overlap(contentWords(a), words) ||
              hashString(`${q.id}|${left}|${a}${salt}`) - hashString(`${q.id}|${left}|${b}${salt}`),
          )[0] ?? "";
        if (q.right.length >= q.left.length) free.delete(best);
        return { left, right: best };
      });
      return { kind: "matching", pairs };
    }
  }
}

export type SolverRow = { kind: QuestionKind; n: number; solver: number; chance: number; difference: number };

/** Per kind: the solver's mean score (graded by the real grader) against a random answer's. */
export function solverReport(questions: readonly Question[]): SolverRow[] {
  const rows: SolverRow[] = [];
  for (const kind of QUESTION_KINDS) {
    const ofKind = questions.filter((q) => q.kind === kind);
    if (ofKind.length === 0) continue;
    const solver = ofKind.reduce((s, q) => s + solverScore(q), 0) / ofKind.length;
    const chance = ofKind.reduce((s, q) => s + chanceScore(q), 0) / ofKind.length;
    rows.push({ kind, n: ofKind.length, solver, chance, difference: solver - chance });
  }
  return rows;
}

/**
 * The solver's score on one question, for reports and for generators that choose
 * among candidates. Where the cues leave several single-answer options level, the
 * score is the expectation over them (the share of keys among the level best), so a
 * bank's score does not swing with how ties happen to break.
 */
export function solverScore(q: Question): number {
  if (q.kind === "single-choice" || q.kind === "evidence" || q.kind === "date") {
    const scores = cueScores(questionStem(q), q.choices);
    const best = Math.max(...scores);
    const level = q.choices.filter((_, i) => Math.abs((scores[i] ?? 0) - best) < 1e-9);
    if (level.length > 1) {
      const keys = level.filter(
        (c) => gradeAnswer(q, q.kind === "date" ? { kind: "date", text: c } : { kind: q.kind, choice: c }).score === 1,
      );
      return keys.length / level.length;
    }
  }
  if (q.kind === "matching" && q.right.length < q.left.length) {
    // Fewer rights than lefts: no right is used up, so each left picks on its own and
    // the expected score over its ties is exact; coins would only add noise.
    const key = new Map(q.answers.map((a) => a.split(MATCH_ARROW)).map(([l, r]) => [normalizeText(l ?? ""), r ?? ""]));
    const shares = q.left.map((left) => {
      const words = contentWords(left);
      const scores = q.right.map((r) => overlap(contentWords(r), words));
      const level = q.right.filter((_, i) => scores[i] === Math.max(...scores));
      const right = key.get(normalizeText(left));
      return level.filter((r) => normalizeText(r) === normalizeText(right ?? "")).length / level.length;
    });
    return shares.reduce((a, b) => a + b, 0) / Math.max(1, shares.length);
  }
  if (q.kind === "multi-select" || q.kind === "matching") {
    // Several picks, each maybe a tie: the mean over a fixed set of coins, not one lucky toss.
    const scores = TIE_SALTS.map((salt) => gradeAnswer(q, solveQuestion(q, salt)).score);
    return scores.reduce((a, b) => a + b, 0) / scores.length;
  }
  return gradeAnswer(q, solveQuestion(q)).score;
}

/** The coins for ties: the first is the solver's own answer (no salt). */
const TIE_SALTS = ["", ...Array.from({ length: 63 }, (_, i) => `#${i + 1}`)];
