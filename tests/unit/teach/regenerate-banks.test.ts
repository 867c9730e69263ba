// What a bank becomes when it is made again, against an in-memory store: kept, saved, retired, and whose bank.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/facts";
import type { Corpus } from "@/lib/facts/corpus";
import type { Question } from "@/lib/questions/schema";
import type { BankChange, BankStore, StoredQuestion } from "@/lib/teach/bank-store";
import { fingerprint } from "@/lib/domain/fingerprint";
import {
  planBank,
  regenerateBanks,
  regenerateTeacherBank,
  storedQuestionId,
  syncBank,
} from "@/lib/teach/regenerate-banks";

const question = (id: string, prompt = `Question ${id}: who backs Assad?`): Question =>
  ({
    id,
    kind: "single-choice",
    topic: "backing",
    prompt,
    choices: ["Russia", "Turkey", "Qatar"],
    answers: ["Russia"],
    factIds: ["russia-backs-assad"],
    status: "reviewed",
    difficulty: 0.4,
    articles: ["sochi"],
    evidence: [{ article: "sochi", passage: "p1", quote: "Russia, a key ally" }],
    explanation: "Russia backs Assad.",
  }) as Question;

const stored = (q: Question, retired = false): StoredQuestion => ({ id: q.id, contentHash: fingerprint(q), retired });

describe("planning a bank", () => {
  it("leaves a question made again alone, saves a changed or new one, retires one no longer made", () => {
    const [same, changed, gone] = [question("a"), question("b"), question("c")];
    const { change, counts } = planBank(
      [stored(same), stored(changed), stored(gone)],
      [same, question("b", "Reworded: who backs Assad?"), question("d")],
      null,
    );
    expect(counts).toEqual({ created: 1, updated: 1, unchanged: 1, retired: 1 });
    expect(change.save.map((s) => s.question.id)).toEqual(["b", "d"]);
    expect(change.save.every((s) => s.contentHash === fingerprint(s.question))).toBe(true);
    expect(change.retire).toEqual(["c"]);
  });

  it("brings a retired question back when it is made again, and does not retire it twice", () => {
    const [back, still] = [question("a"), question("b")];
    const { change, counts } = planBank([stored(back, true), stored(still, true)], [back], null);
    expect(counts).toEqual({ created: 0, updated: 1, unchanged: 0, retired: 0 });
    expect(change).toEqual({ save: [{ question: back, contentHash: fingerprint(back) }], retire: [] });
  });

  it("keeps a teacher's questions in their own namespace: ids apart from the library's and every other teacher's", () => {
    const q = question("a");
    const rivera = planBank([], [q], "rivera").change.save[0]?.question;
    expect(rivera?.id).toBe(storedQuestionId("rivera", "a"));
    expect(rivera?.id).not.toBe("a");
    expect(storedQuestionId("okafor", "a")).not.toBe(rivera?.id);
    expect(storedQuestionId(null, "a")).toBe("a");
    // Made again under the same owner, the same row: unchanged.
    expect(planBank([stored(rivera!)], [q], "rivera").counts.unchanged).toBe(1);
  });
});

/** Banks in memory, with the seed corpus as the library and teachers' own reviewed facts given per teacher. */
function memoryBanks(library: Corpus, own: Record<string, Corpus>) {
  const banks = new Map<string | null, Map<string, StoredQuestion & { question: Question }>>();
  const writes: (string | null)[] = [];
  const store: BankStore = {
    libraryCorpus: async (content) => content ?? library,
    teacherCorpus: async (ownerId) => own[ownerId] ?? { articles: [], entities: [], facts: [] },
    misconceptions: async () => [],
    bankOwners: async () => [
      ...new Set([...banks.keys()].filter((k): k is string => k !== null).concat(Object.keys(own))),
    ],
    storedBank: async (ownerId) => [...(banks.get(ownerId)?.values() ?? [])],
    async writeBank(ownerId, change: BankChange) {
      writes.push(ownerId);
      const bank = banks.get(ownerId) ?? new Map();
      for (const { question: q, contentHash } of change.save)
        bank.set(q.id, { id: q.id, contentHash, retired: false, question: q });
      for (const id of change.retire) bank.set(id, { ...bank.get(id)!, retired: true });
      banks.set(ownerId, bank);
    },
  };
  const live = (ownerId: string | null) => [...(banks.get(ownerId)?.values() ?? [])].filter((q) => !q.retired);
  return { store, live, writes, banks };
}

describe("making the banks again", () => {
  let content: Corpus;
  beforeAll(async () => {
    content = await loadCorpus("content");
  });

  it("makes the library's bank from the library, and a teacher's only from questions resting on their own facts", async () => {
    const [ownFact] = content.facts.filter((f) => f.kind === "backing");
    if (!ownFact) throw new Error("no backing fact in content/");
    // The teacher's "own" fact is a library fact under another id: its questions are the teacher's alone.
    const mine = { ...ownFact, id: `${ownFact.id}-rivera` };
    const m = memoryBanks(
      { ...content, facts: content.facts.filter((f) => f.id !== ownFact.id) },
      {
        rivera: { articles: [], entities: [], facts: [mine] },
      },
    );
    const counts = await regenerateBanks(m.store);
    expect(m.live(null).length).toBeGreaterThan(0);
    expect(m.live(null).some((q) => q.question.factIds.includes(mine.id))).toBe(false);
    const rivera = m.live("rivera");
    expect(rivera.length).toBeGreaterThan(0);
    expect(rivera.every((q) => q.question.factIds.includes(mine.id))).toBe(true);
    expect(counts.created).toBe(m.live(null).length + rivera.length);

    // Made again from the same facts: nothing moves.
    expect(await regenerateBanks(m.store)).toEqual({ created: 0, updated: 0, unchanged: counts.created, retired: 0 });
  });

  it("retires every question of a teacher left with no reviewed fact, and leaves the library's alone", async () => {
    const m = memoryBanks(content, {});
    await syncBank(m.store, null, [question("lib")]);
    await syncBank(m.store, "rivera", [question("a"), question("b")]);
    expect(await regenerateTeacherBank(m.store, "rivera")).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      retired: 2,
    });
    expect(m.live("rivera")).toEqual([]);
    expect(m.banks.get("rivera")?.size).toBe(2);
    expect(m.live(null).map((q) => q.id)).toEqual(["lib"]);
  });
});
