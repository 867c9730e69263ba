// Flashcard decks on a real database made by the migrations, with the real corpus synced in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../support/db";
import { loadCorpus } from "@/lib/facts";
import { syncCorpus } from "@/lib/db/content-sync";
import { addFactsToDeck, deckStats, ensureStarterDeck, getDueQueue, reviewCard } from "@/lib/db/cards";
import { NotFoundError } from "@/lib/domain/errors";
import { STARTER_DECK_SIZE } from "@/lib/srs";

const now = new Date("2026-03-02T09:00:00Z");
const minutesLater = (n: number) => new Date(now.getTime() + n * 60_000);

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await syncCorpus(t.db, await loadCorpus("content"), { source: "content" });
});
afterAll(async () => {
  await t.cleanup();
});

let users = 0;
async function learner(): Promise<string> {
  users += 1;
  const id = `learner-${users}`;
  await t.db.user.create({ data: { id, name: id, email: `${id}@example.com` } });
  return id;
}

describe("addFactsToDeck", () => {
  it("adds new cards due now and is idempotent", async () => {
    const userId = await learner();
    expect(await addFactsToDeck(t.db, userId, ["sochi-talks-2018", "turkey-backs-rebels"], now)).toEqual({ added: 2 });
    const first = await t.db.card.findMany({ where: { userId }, orderBy: { factId: "asc" } });
    expect(first.every((c) => c.due.getTime() <= now.getTime() && c.reps === 0 && c.state === 0)).toBe(true);

    expect(
      await addFactsToDeck(
        t.db,
        userId,
        ["turkey-backs-rebels", "sochi-talks-2018", "tehran-summit-2018"],
        minutesLater(5),
      ),
    ).toEqual({ added: 1 });
    const again = await t.db.card.findMany({ where: { userId }, orderBy: { factId: "asc" } });
    expect(again).toHaveLength(3);
    // Cards already in the deck keep their schedule.
    for (const card of first) expect(again.find((c) => c.id === card.id)?.due).toEqual(card.due);
  });

  it("skips facts that do not exist or are not reviewed", async () => {
    const userId = await learner();
    await t.db.fact.update({ where: { id: "idlib-population-three-million" }, data: { status: "retired" } });
    try {
      expect(await addFactsToDeck(t.db, userId, ["no-such-fact", "idlib-population-three-million"], now)).toEqual({
        added: 0,
      });
      expect(await t.db.card.count({ where: { userId } })).toBe(0);
    } finally {
      await t.db.fact.update({ where: { id: "idlib-population-three-million" }, data: { status: "reviewed" } });
    }
  });

  it("two answers missing the same facts at once make one card per fact", async () => {
    const userId = await learner();
    const facts = ["sochi-talks-2018", "turkey-backs-rebels", "tehran-summit-2018"];
    const results = await Promise.all([
      addFactsToDeck(t.db, userId, facts, now),
      addFactsToDeck(t.db, userId, [...facts].reverse(), now),
    ]);
    expect(results.reduce((n, r) => n + r.added, 0)).toBe(3);
    expect((await t.db.card.findMany({ where: { userId } })).map((c) => c.factId).sort()).toEqual([...facts].sort());
  });
});

describe("ensureStarterDeck", () => {
  it("gives a learner with no cards a starter deck, once", async () => {
    const userId = await learner();
    expect(await ensureStarterDeck(t.db, userId, now)).toEqual({ added: STARTER_DECK_SIZE });
    expect(await ensureStarterDeck(t.db, userId, now)).toEqual({ added: 0 });
    expect(await deckStats(t.db, userId, now)).toEqual({
      due: STARTER_DECK_SIZE,
      total: STARTER_DECK_SIZE,
      learned: 0,
      nextDueAt: null,
      nextDueIn: null,
    });
  });

  it("leaves a learner who already has cards alone", async () => {
    const userId = await learner();
    await addFactsToDeck(t.db, userId, ["sochi-talks-2018"], now);
    expect(await ensureStarterDeck(t.db, userId, now)).toEqual({ added: 0 });
    expect(await t.db.card.count({ where: { userId } })).toBe(1);
  });
});

describe("getDueQueue", () => {
  it("returns due cards in the order they were added, with the fact's card text and evidence", async () => {
    const userId = await learner();
    await addFactsToDeck(
      t.db,
      userId,
      ["tehran-summit-2018", "sochi-deal-heavy-weaponry-withdrawn", "turkey-backs-rebels"],
      now,
    );
    const queue = await getDueQueue(t.db, userId, now, 10);
    expect(queue.map((c) => c.flashcard.factId)).toEqual([
      "tehran-summit-2018",
      "sochi-deal-heavy-weaponry-withdrawn",
      "turkey-backs-rebels",
    ]);
    const [summit] = queue;
    expect(summit?.flashcard.front).toBe("Where and when did Putin, Erdogan and Rouhani hold their three-way summit?");
    expect(summit?.flashcard.back.answer).toBe("In Tehran, on 7 September 2018.");
    expect(summit?.flashcard.evidence[0]).toMatchObject({
      // The fact's first evidence: the report that carries the sentence whole.
      article: "putin-erdogan-agree-idlib-plan-2018",
      passage: "p12",
      href: expect.stringMatching(/^\/sources\/putin-erdogan-agree-idlib-plan-2018\?q=.+#p12$/),
      articleTitle: "Russia says no Syria assault as Putin, Erdogan agree Idlib plan",
    });
    expect(summit?.choices.map((c) => [c.label, c.interval])).toEqual([
      ["Again", "1 min"],
      ["Hard", "6 min"],
      ["Good", "10 min"],
      ["Easy", "8 days"],
    ]);
    expect(await getDueQueue(t.db, userId, now, 1)).toHaveLength(1);
  });

  it("leaves out cards not yet due and cards whose fact was retired", async () => {
    const userId = await learner();
    await addFactsToDeck(t.db, userId, ["sochi-talks-2018", "idlib-population-three-million"], now);
    expect(await getDueQueue(t.db, userId, new Date(now.getTime() - 60_000), 10)).toEqual([]);
    await t.db.fact.update({ where: { id: "idlib-population-three-million" }, data: { status: "retired" } });
    try {
      expect((await getDueQueue(t.db, userId, now, 10)).map((c) => c.flashcard.factId)).toEqual(["sochi-talks-2018"]);
      expect((await deckStats(t.db, userId, now)).total).toBe(1);
    } finally {
      await t.db.fact.update({ where: { id: "idlib-population-three-million" }, data: { status: "reviewed" } });
    }
  });
});

describe("reviewCard", () => {
  it("schedules the card, writes one review log and moves the card's due date", async () => {
    const userId = await learner();
    await addFactsToDeck(t.db, userId, ["sochi-talks-2018"], now);
    const [card] = await getDueQueue(t.db, userId, now, 1);
    if (!card) throw new Error("no card due");

    const outcome = await reviewCard(t.db, { userId, cardId: card.cardId, rating: 3, now });
    expect(outcome).toMatchObject({ cardId: card.cardId, rating: 3, due: minutesLater(10), interval: "10 min" });

    const stored = await t.db.card.findUniqueOrThrow({ where: { id: card.cardId } });
    expect(stored.due).toEqual(minutesLater(10));
    expect(stored.reps).toBe(1);
    expect(stored.lastReview).toEqual(now);
    const logs = await t.db.reviewLog.findMany({ where: { cardId: card.cardId } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, state: 0, reviewedAt: now });

    expect(await deckStats(t.db, userId, now)).toEqual({
      due: 0,
      total: 1,
      learned: 0,
      nextDueAt: minutesLater(10),
      nextDueIn: "in 10 min",
    });
    expect(await getDueQueue(t.db, userId, now, 5)).toEqual([]);
  });

  it("graduates a card on a second Good and counts it as learned", async () => {
    const userId = await learner();
    await addFactsToDeck(t.db, userId, ["turkey-backs-rebels"], now);
    const card = await t.db.card.findFirstOrThrow({ where: { userId } });
    await reviewCard(t.db, { userId, cardId: card.id, rating: 3, now });
    const second = await reviewCard(t.db, { userId, cardId: card.id, rating: 3, now: minutesLater(10) });
    expect(second.phase).toBe(2);
    expect(second.due.getTime()).toBeGreaterThan(minutesLater(10 + 24 * 60 - 1).getTime());
    expect((await deckStats(t.db, userId, minutesLater(10))).learned).toBe(1);
    expect(await t.db.reviewLog.count({ where: { cardId: card.id } })).toBe(2);
  });

  it("refuses someone else's card as not found and writes nothing", async () => {
    const owner = await learner();
    const intruder = await learner();
    await addFactsToDeck(t.db, owner, ["tehran-summit-2018"], now);
    const card = await t.db.card.findFirstOrThrow({ where: { userId: owner } });

    const attempt = reviewCard(t.db, { userId: intruder, cardId: card.id, rating: 4, now });
    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
    await expect(reviewCard(t.db, { userId: intruder, cardId: card.id, rating: 4, now })).rejects.toThrow(
      "That card is not in your deck.",
    );

    expect(await t.db.card.findUniqueOrThrow({ where: { id: card.id } })).toEqual(card);
    expect(await t.db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);
    expect(await t.db.card.count({ where: { userId: intruder } })).toBe(0);
  });

  it("refuses a card id that does not exist", async () => {
    const userId = await learner();
    await expect(reviewCard(t.db, { userId, cardId: "no-such-card", rating: 3, now })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
