import { describe, expect, it } from "vitest";
import {
  attemptOrder,
  createAssignmentSchema,
  filterBank,
  isUnambiguous,
  JOIN_CODE_ALPHABET,
  joinCodeInputSchema,
  makeJoinCode,
  moveItem,
  parseBankFilter,
  parseSetOptions,
  updateSetSchema,
} from "@/lib/teach";
import { mulberry32 } from "@/lib/questions";
import type { Question } from "@/lib/questions";

describe("join codes", () => {
  it("use six characters of an alphabet without 0, O, 1, I or L", () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const code = makeJoinCode((n) => Math.floor(rng() * n));
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect(isUnambiguous(code)).toBe(true);
    }
    for (const c of "0O1IL") expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });

  it("are read without regard to case or spaces", () => {
    expect(joinCodeInputSchema.parse(" idl ib8 ")).toBe("IDLIB8");
    expect(joinCodeInputSchema.safeParse("no!").success).toBe(false);
  });
});

describe("set order", () => {
  it("moves a question one place and never past either end", () => {
    expect(moveItem(["a", "b", "c"], "b", "up")).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], "b", "down")).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], "a", "up")).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], "c", "down")).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b"], "x", "up")).toEqual(["a", "b"]);
  });

  it("gives an attempt the set order, or the same shuffle for the same seed, without hidden questions", () => {
    const servable = new Set(["a", "b", "c", "d", "e"]);
    expect(attemptOrder(["a", "x", "b", "c"], { shuffle: false, seed: 1, servable })).toEqual(["a", "b", "c"]);
    const one = attemptOrder(["a", "b", "c", "d", "e"], { shuffle: true, seed: 42, servable });
    expect(attemptOrder(["a", "b", "c", "d", "e"], { shuffle: true, seed: 42, servable })).toEqual(one);
    expect([...one].sort()).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("set options", () => {
  it("fall back to defaults when stored JSON is damaged or empty", () => {
    expect(parseSetOptions("{}")).toEqual({
      shuffle: false,
      feedback: "immediate",
      attemptsAllowed: 1,
      timeLimitMinutes: null,
    });
    expect(parseSetOptions("not json")).toEqual(parseSetOptions("{}"));
    expect(parseSetOptions('{"attemptsAllowed": 99}')).toEqual(parseSetOptions("{}"));
  });

  it("are read from the form: a checkbox, an empty time limit, bounded attempts", () => {
    const base = { setId: "s1", title: "Sochi", feedback: "after-due", attemptsAllowed: "2", timeLimitMinutes: "" };
    expect(updateSetSchema.parse({ ...base, shuffle: "on" })).toMatchObject({
      shuffle: true,
      attemptsAllowed: 2,
      timeLimitMinutes: null,
    });
    expect(updateSetSchema.parse({ ...base, timeLimitMinutes: "20" })).toMatchObject({
      shuffle: false,
      timeLimitMinutes: 20,
    });
    expect(updateSetSchema.safeParse({ ...base, attemptsAllowed: "0" }).success).toBe(false);
  });
});

describe("assignment dates", () => {
  it("must be due after they open (read as UTC)", () => {
    const ok = createAssignmentSchema.parse({
      setId: "s",
      classId: "c",
      opensAt: "2026-03-01T09:00",
      dueAt: "2026-03-08T17:30",
    });
    expect(ok.opensAt.toISOString()).toBe("2026-03-01T09:00:00.000Z");
    const bad = createAssignmentSchema.safeParse({
      setId: "s",
      classId: "c",
      opensAt: "2026-03-08T09:00",
      dueAt: "2026-03-08T09:00",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["dueAt"]);
  });
});

describe("assignment dates in the teacher's time zone", () => {
  it("reads the typed times on the teacher's clock, and refuses a zone that does not exist", () => {
    const summer = createAssignmentSchema.parse({
      setId: "s",
      classId: "c",
      opensAt: "2026-07-15T09:00",
      dueAt: "2026-07-17T17:00",
      timeZone: "Europe/London",
    });
    expect(summer.opensAt.toISOString()).toBe("2026-07-15T08:00:00.000Z");
    expect(summer.dueAt.toISOString()).toBe("2026-07-17T16:00:00.000Z");
    const tehran = createAssignmentSchema.parse({
      setId: "s",
      classId: "c",
      opensAt: "2026-01-10T08:00",
      dueAt: "2026-01-10T09:00",
      timeZone: "Asia/Tehran",
    });
    expect(tehran.opensAt.toISOString()).toBe("2026-01-10T04:30:00.000Z");
    const made = createAssignmentSchema.safeParse({
      setId: "s",
      classId: "c",
      opensAt: "2026-07-15T09:00",
      dueAt: "2026-07-17T17:00",
      timeZone: "Mars/Olympus",
    });
    expect(made.error?.issues.map((i) => i.path.join("."))).toEqual(["timeZone"]);
  });
});

describe("bank filters", () => {
  const q = (id: string, over: Partial<Question>): Question =>
    ({
      id,
      kind: "single-choice",
      topic: "backing",
      prompt: "Who backs Assad?",
      choices: ["Russia", "Turkey"],
      answers: ["Russia"],
      factIds: ["f"],
      status: "reviewed",
      difficulty: 0.4,
      articles: ["sochi"],
      evidence: [{ article: "sochi", passage: "p1", quote: "Russia, a key ally" }],
      explanation: "x",
      ...over,
    }) as Question;
  const bank = [
    q("a", {}),
    q("b", { topic: "figure", kind: "true-false" } as Partial<Question>),
    q("c", { difficulty: 0.8, prompt: "Erdoğan met whom?" }),
    q("d", { status: "proposed", articles: ["tass"] }),
  ];

  it("parse search params leniently: bad values are ignored, not errors", () => {
    expect(parseBankFilter({ topic: "nope", kind: ["cloze", "date"], page: "-3", q: "" })).toEqual({
      kind: "cloze",
      page: 1,
    });
  });

  it("match on topic, kind, article, status, difficulty and words (accents ignored)", () => {
    const ids = (params: Record<string, string>) => filterBank(bank, parseBankFilter(params)).items.map((x) => x.id);
    expect(ids({ topic: "figure" })).toEqual(["b"]);
    expect(ids({ kind: "single-choice", status: "reviewed" })).toEqual(["a", "c"]);
    expect(ids({ article: "tass" })).toEqual(["d"]);
    expect(ids({ difficulty: "hard" })).toEqual(["c"]);
    expect(ids({ q: "erdogan" })).toEqual(["c"]);
    expect(ids({ q: "key ally" })).toEqual(["a", "b", "c", "d"]);
  });

  it("page through results, showing the last page for a page past the end", () => {
    const page = filterBank(bank, parseBankFilter({ page: "9" }), 3);
    expect(page).toMatchObject({ total: 4, pages: 2, page: 2 });
    expect(page.items.map((x) => x.id)).toEqual(["d"]);
  });
});
