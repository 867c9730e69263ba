// Flashcard decks: which facts a learner studies, which cards are due, and each
// review, scheduled by lib/srs. Rows are turned into the app's own types here.
import { ConflictError, NotFoundError } from "../domain/errors";
import type { Evidence, Fact } from "../facts/schema";
import {
  CARD_PHASE,
  RATING_OPTIONS,
  STARTER_DECK_SIZE,
  cardStateFromRow,
  cardStateToRow,
  describeDue,
  entityNamesFrom,
  flashcardFor,
  formatInterval,
  newCardState,
  pickStarterFacts,
  previewDueDates,
  retrievability,
  scheduleReview,
  type CardPhase,
  type CardState,
  type EntityNames,
  type Flashcard,
  type FlashcardEvidence,
  type Rating,
  type RatingOption,
} from "../srs";
import type { Db } from "./client";
import { entityAliases, factData } from "./codecs";
import { isUniqueViolation } from "./errors";

/** A quote on the back of a card, with the article it comes from. */
export type CardEvidence = FlashcardEvidence & { articleTitle: string };

/** What a rating button does: "Good", key 3, due again in 10 min. */
export type RatingChoice = RatingOption & { due: Date; interval: string };

export type DueCard = {
  cardId: string;
  due: Date;
  phase: CardPhase;
  flashcard: Omit<Flashcard, "evidence"> & { evidence: CardEvidence[] };
  choices: RatingChoice[];
};

export type DeckStats = {
  /** Cards due at `now`. */
  due: number;
  total: number;
  /** Cards past the learning steps (FSRS state Review). */
  learned: number;
  /** When the next card not yet due comes up, if any, and how long that is from `now` ("in 10 min"). */
  nextDueAt: Date | null;
  nextDueIn: string | null;
};

export type ReviewOutcome = {
  cardId: string;
  rating: Rating;
  due: Date;
  phase: CardPhase;
  interval: string;
  reviewedAt: Date;
};

// Only reviewed facts are studied: a card whose fact was retired or rejected keeps
// its history but no longer comes up.
const STUDIED = { status: "reviewed" } as const;

/**
 * Puts facts in a learner's deck as new cards due at `now`, in the order given.
 * Facts already in the deck keep their schedule; unknown or unreviewed facts are skipped.
 */
export async function addFactsToDeck(
  db: Db,
  userId: string,
  factIds: readonly string[],
  now: Date,
): Promise<{ added: number }> {
  const wanted = [...new Set(factIds)];
  if (wanted.length === 0) return { added: 0 };
  // No transaction: the unique (user, fact) key is what stops a second card, and
  // an interactive transaction would hold SQLite's only writer for every round trip.
  const facts = await db.fact.findMany({
    where: { id: { in: wanted }, ...STUDIED, cards: { none: { userId } } },
    select: { id: true },
  });
  const known = new Set(facts.map((f) => f.id));
  const toAdd = wanted.filter((id) => known.has(id));
  const fresh = newCardState(now);
  let added = 0;
  for (const [i, factId] of toAdd.entries()) {
    // A millisecond apart, all due by `now`, so the queue shows them in the order given.
    const due = new Date(now.getTime() - (toAdd.length - 1 - i));
    try {
      await db.card.create({ data: { userId, factId, ...cardStateToRow({ ...fresh, due }) } });
      added += 1;
    } catch (error) {
      // A concurrent answer added it first: keep that card.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return { added };
}

/** A learner with no cards gets a starter deck, so the flashcards page is never empty. */
export async function ensureStarterDeck(db: Db, userId: string, now: Date): Promise<{ added: number }> {
  const held = await db.card.count({ where: { userId, fact: STUDIED } });
  if (held > 0) return { added: 0 };
  // The starter deck comes from the library: a teacher's facts reach a learner only through that teacher's questions.
  const facts = await db.fact.findMany({ where: { ...STUDIED, ownerId: null }, select: { id: true, kind: true } });
  return addFactsToDeck(db, userId, pickStarterFacts(facts, STARTER_DECK_SIZE), now);
}

type CardColumns = { [K in keyof CardState]: unknown };

/** The chance (0-1) that the learner recalls a stored card at `now`. */
export function retrievabilityOfRow(row: CardColumns, now: Date): number {
  return retrievability(cardStateFromRow(row), now);
}

type CardRow = CardColumns & {
  id: string;
  fact: {
    id: string;
    data: string;
    evidence: { quote: string; passage: { key: string; article: { slug: string; title: string } } }[];
  };
};

async function entityNames(db: Db): Promise<EntityNames> {
  const rows = await db.entity.findMany({ select: { id: true, name: true, type: true, aliases: true } });
  return entityNamesFrom(
    rows.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: entityAliases.decode(e.aliases, e.id) })),
  );
}

function storedFact(row: CardRow["fact"]): Fact {
  return factData.decode(row.data, row.id);
}

/** The anchored Evidence rows, in the order the fact lists them, with their article titles. */
function rowEvidence(
  fact: Fact,
  rows: CardRow["fact"]["evidence"],
): { evidence: Evidence[]; titles: Map<string, string> } {
  const position = (r: CardRow["fact"]["evidence"][number]) => {
    const at = fact.evidence.findIndex(
      (e) => e.article === r.passage.article.slug && e.passage === r.passage.key && e.quote === r.quote,
    );
    return at < 0 ? fact.evidence.length : at;
  };
  const sorted = [...rows].sort((a, b) => position(a) - position(b));
  return {
    evidence: sorted.map((r) => ({ article: r.passage.article.slug, passage: r.passage.key, quote: r.quote })),
    titles: new Map(rows.map((r) => [r.passage.article.slug, r.passage.article.title])),
  };
}

function toDueCard(row: CardRow, names: EntityNames, now: Date): DueCard {
  const fact = storedFact(row.fact);
  const { evidence, titles } = rowEvidence(fact, row.fact.evidence);
  const card = flashcardFor({ ...fact, evidence: evidence.length > 0 ? evidence : fact.evidence }, names);
  const state = cardStateFromRow(row);
  const dueDates = previewDueDates(state, now);
  return {
    cardId: row.id,
    due: state.due,
    phase: state.state,
    flashcard: {
      ...card,
      evidence: card.evidence.map((e) => ({ ...e, articleTitle: titles.get(e.article) ?? e.article })),
    },
    choices: RATING_OPTIONS.map((o) => ({
      ...o,
      due: dueDates[o.rating],
      interval: formatInterval(now, dueDates[o.rating]),
    })),
  };
}

/** The learner's cards due at `now`, earliest first, each with its fact's card text and evidence. */
export async function getDueQueue(db: Db, userId: string, now: Date, limit: number): Promise<DueCard[]> {
  const rows = await db.card.findMany({
    where: { userId, due: { lte: now }, fact: STUDIED },
    orderBy: [{ due: "asc" }, { id: "asc" }],
    take: limit,
    include: {
      fact: {
        select: {
          id: true,
          data: true,
          evidence: {
            select: {
              quote: true,
              passage: { select: { key: true, article: { select: { slug: true, title: true } } } },
            },
          },
        },
      },
    },
  });
  if (rows.length === 0) return [];
  const names = await entityNames(db);
  return rows.map((row) => toDueCard(row, names, now));
}

/**
 * Rates one of the learner's cards at `now`: schedules it with FSRS, saves the new
 * state and writes the review log, all or nothing. Someone else's card is "not
 * found", so ids reveal nothing.
 */
export async function reviewCard(
  db: Db,
  input: { userId: string; cardId: string; rating: Rating; now: Date },
): Promise<ReviewOutcome> {
  const { userId, cardId, rating, now } = input;
  return db.$transaction(async (tx) => {
    const row = await tx.card.findFirst({ where: { id: cardId, userId } });
    if (!row) throw new NotFoundError("That card is not in your deck.");
    const { card, log } = scheduleReview(cardStateFromRow(row), rating, now);
    // Only if nobody reviewed it in between (a double click, a second tab).
    const saved = await tx.card.updateMany({
      where: { id: row.id, userId, reps: row.reps },
      data: cardStateToRow(card),
    });
    if (saved.count !== 1) throw new ConflictError("That card was just reviewed somewhere else.");
    await tx.reviewLog.create({ data: { cardId: row.id, ...log } });
    return {
      cardId: row.id,
      rating,
      due: card.due,
      phase: card.state,
      interval: formatInterval(now, card.due),
      reviewedAt: now,
    };
  });
}

/** How the learner's deck stands at `now`. */
export async function deckStats(db: Db, userId: string, now: Date): Promise<DeckStats> {
  const deck = { userId, fact: STUDIED };
  const [due, total, learned, next] = await Promise.all([
    db.card.count({ where: { ...deck, due: { lte: now } } }),
    db.card.count({ where: deck }),
    db.card.count({ where: { ...deck, state: CARD_PHASE.review } }),
    db.card.findFirst({ where: { ...deck, due: { gt: now } }, orderBy: { due: "asc" }, select: { due: true } }),
  ]);
  return { due, total, learned, nextDueAt: next?.due ?? null, nextDueIn: next ? describeDue(next.due, now) : null };
}
