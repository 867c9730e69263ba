// The items of a "stated" fact: the sentence with the stated words blanked, typed
// (cloze) and, when the fact carries two wrong options or more, as a choice of
// the words that complete it. No claim to judge: the answer is what the quoted
// sentence says, and the blank must lie inside the quote (as quotedEntityCloze).
import type { FactOfKind } from "../../facts/schema";
import { estimateDifficulty, provenance, questionId } from "../build";
import type { GenerationContext } from "../context";
import { MIN_DISTRACTORS } from "../distractors";
import { evidenceSentence } from "../evidence";
import { shuffle } from "../random";
import { CLOZE_BLANK, type AnswerType, type Question } from "../schema";

type Stated = FactOfKind<"stated">;

const HINT = { number: "a number", date: "a date", role: "a title", place: "a place" } as const;
const ANSWER_TYPE: Record<Stated["spanType"], AnswerType> = {
  number: "quantity",
  date: "text",
  role: "text",
  place: "text",
};

export function statedQuestions(ctx: GenerationContext, fact: Stated): Question[] {
  for (const evidence of fact.evidence) {
    const located = evidenceSentence(ctx.index.articles, evidence);
    if (!located) continue;
    const { sentence, quoteStart } = located;
    const at = sentence.indexOf(fact.span, quoteStart);
    // One blank, inside the quote: the span said twice would leave the other in view.
    if (at < 0 || at + fact.span.length > quoteStart + evidence.quote.length) continue;
    if (sentence.indexOf(fact.span, at + 1) !== -1) continue;
    const text = `${sentence.slice(0, at)}${CLOZE_BLANK}${sentence.slice(at + fact.span.length)}`;
    const source = [{ article: evidence.article, passage: evidence.passage, quote: evidence.quote }];
    const out: Question[] = [
      {
        id: questionId(fact.id, "cloze", "stated"),
        kind: "cloze",
        topic: "event",
        prompt: `Fill in the blank with ${HINT[fact.spanType]}.`,
        text,
        choices: [],
        answers: [fact.span],
        answerType: ANSWER_TYPE[fact.spanType],
        ...provenance([fact], source),
        difficulty: estimateDifficulty("cloze", 0),
      },
    ];
    const wrong = fact.distractors.filter((d) => d.toLowerCase() !== fact.span.toLowerCase());
    if (wrong.length >= MIN_DISTRACTORS) {
      const id = questionId(fact.id, "single-choice", "stated");
      const choices = shuffle([fact.span, ...wrong], id);
      out.push({
        id,
        kind: "single-choice",
        topic: "event",
        prompt: `Which words complete the sentence from the article? “${text}”`,
        choices,
        answers: [fact.span],
        ...provenance([fact], source),
        difficulty: estimateDifficulty("single-choice", choices.length),
      });
    }
    return out;
  }
  return [];
}
