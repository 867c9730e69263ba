// Given a statement, point at the sentence of the article that proves it. The
// statement is the fact told in our own words (from its fields, as true/false states
// it), never a copy of the sentence; the wrong sentences are the article's sentences
// that share the statement's terms about as much as the right one does, so matching
// words finds nothing. A fact whose sentence can't be set fairly gets no such item.
import type { Evidence, Fact, RelationKind } from "../../facts/schema";
import type { Ask } from "../asks/types";
import { phrase, stripFinalStop, theName } from "../asks/words";
import { estimateDifficulty, provenance, questionId, TOPIC_OF } from "../build";
import type { GenerationContext } from "../context";
import { articleSentences, locateQuote, passageText, sentenceSpans } from "../evidence";
import { claimKey, entitiesOf } from "../fact-index";
import { antecedentless } from "../lint/broken-text";
import { optionOverlaps } from "../lint/cue";
import { lintQuestion } from "../lint";
import { unstatedNumbers } from "../lint/key";
import { contentWords, overlap, sameRoot } from "../lint/words";
import { placeAmong } from "../parallel";
import { hashString, rendezvousOrder, shuffle } from "../random";
import type { QuestionOfKind } from "../schema";
import { slotValue } from "../slots";
import { capitalize, normalizeText } from "../text";
import { DISTRACTORS, MIN_DISTRACTORS } from "./single-choice";

/** Sentences too short to weigh ("Reuters.") or too long to read in a choice list. */
const MIN_LENGTH = 30;
const MAX_LENGTH = 400;

/** A sentence that ends as sentences do, not cut off mid-way. */
const WHOLE = /[.!?]["'”’)]?$/;

function longWords(text: string): Set<string> {
  return new Set(
    normalizeText(text)
      .split(" ")
      .filter((w) => w.length >= 4),
  );
}

/** Shares most of the quote's words: it may well say the same thing. */
function restates(sentence: string, quoteWords: Set<string>): boolean {
  if (quoteWords.size === 0) return false;
  const words = longWords(sentence);
  let shared = 0;
  for (const w of quoteWords) if (words.has(w)) shared++;
  return shared / quoteWords.size >= 0.6;
}

/**
 * Whether the statement is (nearly) the sentence itself: most of its words are in the
 * sentence and it says most of what the sentence says. A short claim the sentence
 * holds among much else ("X is a military analyst") is not a copy; whether its words
 * give the key away is for the wrong sentences to settle (`overlapIsFair`).
 */
export function copies(statement: string, sentence: string): boolean {
  const words = longWords(statement);
  if (words.size === 0) return true;
  const inSentence = longWords(sentence);
  let shared = 0;
  for (const w of words) if (inSentence.has(w)) shared++;
  return shared / words.size >= 0.85 && shared / Math.max(1, inSentence.size) >= 0.6;
}

/** How two parties stand, in plain words of our own (the article's own are in `description`). */
const RELATION_WORDS: Record<RelationKind, string> = {
  "opposite-sides": "back opposing sides",
  allies: "are allies",
  "co-guarantors": "are both guarantors of the same talks",
  rivals: "are rivals",
  partners: "are partners",
  "separate-tracks": "are separate sets of talks",
};

/**
 * The fact in the generator's words: each ask's true statement (read aloud with the
 * wording module), then the fact file's own sentence. Copies of the key are dropped later.
 */
export function restatements(ctx: GenerationContext, fact: Fact, asks: readonly Ask[]): string[] {
  const out: string[] = [];
  for (const ask of asks) {
    if (ask.fact !== fact) continue;
    const own = slotValue(ask.claim, ask.slot);
    if (own !== undefined) out.push(ask.statement(phrase(ctx, own, ask.show)));
  }
  if (fact.kind === "relation") {
    const [a, b] = fact.between.map((id) => theName(ctx, id));
    out.push(`${capitalize(a ?? "")} and ${b ?? ""} ${RELATION_WORDS[fact.relation]}.`);
  }
  // An event's "what" is a clause of its own: "Turkey repeatedly called for a ceasefire in Idlib."
  if (fact.kind === "event") out.push(`${capitalize(stripFinalStop(fact.what))}.`);
  out.push(fact.statement.trim());
  return [...new Map(out.map((s) => [normalizeText(s), s])).values()];
}

/**
 * The sentence holding the quote as a learner may be shown it: alone, then with the
 * sentence before it in the same passage (the article's own words, in order), for a
 * sentence that opens on "He" or "But it", or quotes a speaker the sentence before names.
 */
export function keyForms(ctx: GenerationContext, evidence: Evidence): string[] {
  const text = passageText(ctx.index.articles, evidence.article, evidence.passage);
  if (text === undefined) return [];
  const at = locateQuote(text, evidence.quote, evidence.prefix, evidence.suffix);
  if (at === -1) return [];
  const spans = sentenceSpans(text);
  const first = spans.findIndex((s) => s.end > at);
  const last = spans.findIndex((s) => s.end >= at + evidence.quote.length);
  if (first === -1 || last === -1) return [];
  const end = spans[last]?.end ?? text.length;
  const own = text.slice(spans[first]?.start ?? 0, end);
  const before = spans[first - 1];
  return before === undefined ? [own] : [own, text.slice(before.start, end)];
}

/**
 * Whether the sentence names who and what the statement is about: one of the people
 * it names and one of its other entities, each by any of its names or their adjective
 * ("Russian" names Russia; "the Turkish president" names Erdogan). "Moscow" may stand
 * for Russia and "the leaders" for two named presidents, so not all of them.
 */
function namesWhatItIsAbout(ctx: GenerationContext, statement: string, sentence: string): boolean {
  const { entities } = ctx.index;
  const words = normalizeText(sentence).split(" ");
  const byName = (id: string) => entities.names(id).some((n) => words.some((w) => sameRoot(w, n)));
  const named = (id: string) => {
    const country = entities.type(id) === "person" ? entities.country(id) : undefined;
    return entities.isMentioned(id, sentence) || byName(id) || (country !== undefined && byName(country));
  };
  const mentioned = entities.mentionedIn(statement);
  const people = mentioned.filter((id) => entities.type(id) === "person");
  const others = mentioned.filter((id) => entities.type(id) !== "person");
  return (people.length === 0 || people.some(named)) && (others.length === 0 || others.some(named));
}

/** A key a learner can read on its own: whole, not too long, and opening on no pronoun whose antecedent is unseen. */
function readableKey(sentence: string): boolean {
  return sentence.length <= MAX_LENGTH && WHOLE.test(sentence.trim()) && antecedentless(sentence) === undefined;
}

/** The content words of an article's sentences, read once: every fact of an article weighs the same sentences. */
const WORDS = new Map<string, Set<string>>();
function wordsOf(sentence: string): Set<string> {
  let words = WORDS.get(sentence);
  if (!words) {
    words = contentWords(sentence);
    if (WORDS.size > 50_000) WORDS.clear();
    WORDS.set(sentence, words);
  }
  return words;
}

/**
 * Wrong sentences around the key in how many of the stem's words they share: a hash of
 * the item's id says how many share more than the key (none to all), the rest share as
 * many or fewer, nearest first. So the key is as often the best match as chance makes it,
 * never always (the copy's cue) nor never (its mirror image).
 */
export function pickLookalikes(stem: string, key: string, candidates: readonly string[], seed: string): string[] {
  const stemWords = contentWords(stem);
  const shared = new Map(candidates.map((s) => [s, overlap(wordsOf(s), stemWords)]));
  const target = overlap(wordsOf(key), stemWords);
  const ordered = rendezvousOrder(candidates, seed, (s) => s);
  const above = hashString(`${seed}|rank`) % (DISTRACTORS + 1);
  return placeAmong(target, ordered, (s) => shared.get(s) ?? 0, DISTRACTORS, above);
}

/** Fair when the key's share of the stem's words neither stands out above the wrong sentences nor below them. */
export function overlapIsFair(stem: string, key: string, choices: readonly string[]): boolean {
  const scores = optionOverlaps(stem, choices);
  const at = choices.indexOf(key);
  const keyScore = scores[at] ?? 0;
  const others = scores.filter((_, i) => i !== at);
  if (others.length === 0) return false;
  return keyScore - Math.max(...others) < 2 && Math.min(...others) - keyScore < 2;
}

export function evidenceForFact(
  ctx: GenerationContext,
  fact: Fact,
  asks: readonly Ask[] = [],
): QuestionOfKind<"evidence"> | undefined {
  // The same claim, and what another report gives for it instead, are never offered as wrong.
  const conflicting = fact.conflictsWith.flatMap((id) => ctx.index.byId.get(id) ?? []);
  const sameClaimQuotes = [...(ctx.index.byClaimKey.get(claimKey(fact)) ?? [fact]), ...conflicting].flatMap((f) =>
    f.evidence.map((e) => e.quote),
  );
  const about = entitiesOf(fact);
  const mentions = (s: string) => ctx.index.entities.mentionTest([s]);
  const id = questionId(fact.id, "evidence");
  const statements = restatements(ctx, fact, asks);
  for (const evidence of fact.evidence) {
    const article = ctx.index.articles.get(evidence.article);
    const forms = keyForms(ctx, evidence).filter(readableKey);
    if (!article || forms.length === 0) continue;
    const quoteWords = longWords(evidence.quote);
    // Wrong sentences: whole and readable alone, of the same article, holding no quote of the same claim, not
    // restating it, and not naming everything the fact is about (which might prove it too).
    const candidates = [...new Set(articleSentences(article))].filter(
      (s) =>
        !forms.some((f) => f.includes(s)) &&
        s.length >= MIN_LENGTH &&
        s.length <= MAX_LENGTH &&
        WHOLE.test(s.trim()) &&
        antecedentless(s) === undefined &&
        !sameClaimQuotes.some((q) => s.includes(q)) &&
        !restates(s, quoteWords) &&
        !(about.length > 0 && about.every(mentions(s))),
    );
    if (candidates.length < MIN_DISTRACTORS) continue;
    for (const statement of statements) {
      // A copy of the sentence makes the key the only match; a key naming none of the statement's people proves nothing.
      // The key must also state every number and date the statement gives ("four hours", "2018").
      const answer = forms.find(
        (f) =>
          !copies(statement, f) && namesWhatItIsAbout(ctx, statement, f) && unstatedNumbers(statement, f).length === 0,
      );
      if (answer === undefined) continue;
      const prompt = `Which sentence from “${article.title}” supports this statement? ${statement}`;
      // Alike in the statement's own words: a learner matches those, not the title's.
      const wrong = pickLookalikes(statement, answer, candidates, id);
      if (wrong.length < MIN_DISTRACTORS) continue;
      const choices = shuffle([answer, ...wrong], id);
      // Fair to a learner who matches the statement's words, and to one who also reads the title.
      if (!overlapIsFair(statement, answer, choices) || !overlapIsFair(prompt, answer, choices)) continue;
      const question: QuestionOfKind<"evidence"> = {
        id,
        kind: "evidence",
        topic: TOPIC_OF[fact.kind],
        prompt,
        statement,
        choices,
        answers: [answer],
        ...provenance([fact], [{ article: evidence.article, passage: evidence.passage, quote: evidence.quote }]),
        difficulty: estimateDifficulty("evidence", choices.length),
      };
      // What the item-writing lint still finds (a name or number only the key shares) is not set.
      if (lintQuestion(question, ctx).some((f) => f.severity === "serious" || f.code === "word-overlap-cue")) continue;
      return question;
    }
  }
  return undefined;
}
