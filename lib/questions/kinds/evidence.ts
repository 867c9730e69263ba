// Given a statement, point at the sentence of the article that proves it. The right
// choice is the sentence holding the fact's stored quote; the others are sentences
// of the same article that hold no quote of the same claim and do not name
// everything the fact is about.
import type { Fact } from "../../facts/schema";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../build";
import type { GenerationContext } from "../context";
import { articleSentences, evidenceSentence } from "../evidence";
import { claimKey, entitiesOf } from "../fact-index";
import { rendezvousOrder } from "../random";
import type { QuestionOfKind } from "../schema";
import { shuffle } from "../random";
import { normalizeText } from "../text";
import { DISTRACTORS, MIN_DISTRACTORS } from "./single-choice";

/** Sentences too short to weigh ("Reuters.") or too long to read in a choice list. */
const MIN_LENGTH = 30;
const MAX_LENGTH = 400;

function contentWords(text: string): Set<string> {
  return new Set(
    normalizeText(text)
      .split(" ")
      .filter((w) => w.length >= 4),
  );
}

/** Shares most of the quote's words: it may well say the same thing. */
function restates(sentence: string, quoteWords: Set<string>): boolean {
  if (quoteWords.size === 0) return false;
  const words = contentWords(sentence);
  let shared = 0;
  for (const w of quoteWords) if (words.has(w)) shared++;
  return shared / quoteWords.size >= 0.6;
}

/** A sentence that ends as sentences do, not cut off mid-way. */
const WHOLE = /[.!?]["'”’)]?$/;

/** Whether the statement is (nearly) the sentence itself: most of its words, in the sentence. */
function copies(statement: string, sentence: string): boolean {
  const words = contentWords(statement);
  if (words.size === 0) return true;
  const inSentence = contentWords(sentence);
  let shared = 0;
  for (const w of words) if (inSentence.has(w)) shared++;
  return shared / words.size >= 0.85;
}

export function evidenceForFact(ctx: GenerationContext, fact: Fact): QuestionOfKind<"evidence"> | undefined {
  const sameClaimQuotes = (ctx.index.byClaimKey.get(claimKey(fact)) ?? [fact]).flatMap((f) =>
    f.evidence.map((e) => e.quote),
  );
  const about = entitiesOf(fact);
  for (const evidence of fact.evidence) {
    const article = ctx.index.articles.get(evidence.article);
    const located = evidenceSentence(ctx.index.articles, evidence);
    if (!article || !located) continue;
    const answer = located.sentence;
    if (answer.length > MAX_LENGTH) continue;
    // Only a whole sentence is shown: one a report cut mid-way is not offered as proof.
    if (!WHOLE.test(answer.trim())) continue;
    // The statement must be a paraphrase: a copy of the sentence makes the key the only match.
    if (copies(fact.statement, answer)) continue;
    const quoteWords = contentWords(evidence.quote);
    const mentions = (s: string) => ctx.index.entities.mentionTest([s]);
    const candidates = [...new Set(articleSentences(article))].filter(
      (s) =>
        s !== answer &&
        s.length >= MIN_LENGTH &&
        s.length <= MAX_LENGTH &&
        !sameClaimQuotes.some((q) => s.includes(q)) &&
        !restates(s, quoteWords) &&
        !(about.length > 0 && about.every(mentions(s))),
    );
    const id = questionId(fact.id, "evidence");
    // The wrong sentences share the statement's terms most (they tempt a learner who
    // matches words), then the same people and places; whole sentences only.
    const statementWords = contentWords(fact.statement);
    const overlap = (s: string) => [...contentWords(s)].filter((w) => statementWords.has(w)).length;
    const whole = candidates.filter((s) => WHOLE.test(s.trim()));
    const ranked = rendezvousOrder(whole, id, (s) => s).sort(
      (a, b) => overlap(b) + (about.some(mentions(b)) ? 0.5 : 0) - (overlap(a) + (about.some(mentions(a)) ? 0.5 : 0)),
    );
    const wrong = ranked.slice(0, DISTRACTORS);
    if (wrong.length < MIN_DISTRACTORS) continue;
    const choices = shuffle([answer, ...wrong], id);
    return {
      id,
      kind: "evidence",
      topic: TOPIC_OF[fact.kind],
      prompt: `Which sentence from “${article.title}” supports this statement? ${fact.statement}`,
      statement: fact.statement,
      choices,
      answers: [answer],
      ...provenance([fact], [{ article: evidence.article, passage: evidence.passage, quote: evidence.quote }]),
      difficulty: estimateDifficulty("evidence", choices.length),
    };
  }
  return undefined;
}
