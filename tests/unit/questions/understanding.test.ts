// Items that ask for understanding (why, whose account, how two parties stand, an
// agreement as a whole, a sequence across years), on the seed corpus and on an
// invented conflict, so the generators are shown to be generic.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/facts";
import type { Corpus } from "@/lib/facts/corpus";
import { buildBank, checkBank, type Question } from "@/lib/questions";
import { createContext } from "@/lib/questions/context";
import { isUnderstanding, lintQuestion } from "@/lib/questions/lint";
import { solverReport } from "@/lib/questions/solver";
import { valleyWarCorpus } from "../../fixtures/valley-war-corpus";

const UNDERSTANDING_AIMS = ["why", "source", "perspective", "connect"];

function understanding(corpus: Corpus): { chosen: Question[]; candidates: Question[] } {
  const { questions, candidates } = buildBank(corpus);
  return { chosen: questions.filter(isUnderstanding), candidates: candidates.filter(isUnderstanding) };
}

const find = (items: readonly Question[], prompt: RegExp) => items.find((q) => prompt.test(q.prompt));

/** Every understanding item: proven by verbatim quotes, with no serious or moderate flaw. */
function expectSound(corpus: Corpus, items: readonly Question[]): void {
  expect(items.length).toBeGreaterThan(0);
  expect(checkBank(items, corpus)).toEqual([]);
  const ctx = createContext(corpus);
  for (const q of items) {
    expect(UNDERSTANDING_AIMS).toContain(q.aim);
    expect(q.evidence.length).toBeGreaterThan(0);
    const flaws = lintQuestion(q, ctx).filter((f) => f.severity !== "minor");
    expect({ prompt: q.prompt, flaws }).toEqual({ prompt: q.prompt, flaws: [] });
  }
}

describe("understanding items on an invented conflict", () => {
  const corpus = valleyWarCorpus();
  const { candidates } = understanding(corpus);

  it("are sound: verbatim evidence, an aim, no serious or moderate flaw", () => {
    expectSound(corpus, candidates);
  });

  it("ask which country feared what, with the other side's backers as wrong options", () => {
    const q = find(candidates, /which country feared a wave of refugees across its border\?$/);
    expect(q?.answers).toEqual(["Arland"]);
    expect(q?.aim).toBe("perspective");
    // Dunmere takes no side: it might share the aim unsaid, so it is no sure wrong option.
    expect([...(q?.choices ?? [])].sort()).toEqual(["Arland", "Boravia", "Calder"]);
  });

  it("ask why, keyed to the reason the article gives, never offering the actor's own other aims", () => {
    const q = find(candidates, /why did Arland seek a truce\?$/);
    expect(q?.aim).toBe("why");
    expect(q?.answers).toEqual(["to protect the valley's farms"]);
    expect(q?.choices).not.toContain("a wave of refugees across its border");
    expect(q?.choices.length).toBeGreaterThanOrEqual(3);
  });

  it("attribute a motive given as an analyst's reading to the analyst", () => {
    const q = find(candidates, /what did Boravia want\?$/);
    expect(q?.prompt).toBe("According to Lena Sorel, what did Boravia want?");
    expect(q?.answers).toEqual(["to keep the northern port open"]);
    // Calder is on Boravia's side: its aims could be Boravia's too, so are never offered as wrong.
    expect(q?.choices).not.toContain("to reopen the mountain railway");
  });

  it("ask whose account a claim is, and which of two rival accounts is whose", () => {
    expect(find(candidates, /who said that the shelling of Kessel had stopped\?$/)?.answers).toEqual(["Mira Holt"]);
    const rival = find(candidates, /rival accounts\. Which of these is the Boravian Defence Ministry's account\?$/);
    expect(rival?.aim).toBe("source");
    expect(rival?.answers).toEqual(["The fighting resumed after rebels attacked a supply convoy"]);
    expect(rival?.choices).toContain("Government drones struck a border post");
    // Brandt speaks for Boravia, as the ministry does: his words are never a wrong option for it.
    expect(rival?.choices).not.toContain("New talks would begin in June");
    expect(rival?.factIds).toEqual(["arland-drones-struck-post", "ministry-convoy-attacked"]);
  });

  it("never show a contested claim without asking whose it is", () => {
    const claims = new Set(corpus.facts.filter((f) => f.kind === "claim").map((f) => f.id));
    const onClaims = candidates.filter((q) => q.factIds.some((id) => claims.has(id)));
    expect(onClaims.length).toBeGreaterThanOrEqual(4);
    for (const q of onClaims) expect(q.prompt).toMatch(/according to|whose|who said|what did .+ (say|claim)|account/i);
  });

  it("ask how two parties stand, with four options worded alike", () => {
    const q = find(candidates, /^Which best describes Arland and Boravia/);
    expect(q?.aim).toBe("connect");
    expect(q?.answers).toEqual(["On opposite sides, yet allies"]);
    expect(q?.choices).toHaveLength(4);
    expect(q?.factIds).toEqual(["arland-boravia-close-allies", "arland-boravia-opposite-sides"]);
  });

  it("ask which terms were part of an agreement, the wrong ones being another agreement's terms", () => {
    const q = find(candidates, /^Which of these were part of the Lindau accord\?/);
    expect(q?.kind).toBe("multi-select");
    expect([...(q?.answers ?? [])].sort()).toEqual([
      "A joint commission to monitor the border",
      "A ten-kilometre pull-back from the river",
      "An exchange of all prisoners",
    ]);
    const wrong = q?.choices.filter((c) => !q.answers.includes(c)) ?? [];
    expect([...wrong].sort()).toEqual(["A halt to air strikes on the port", "The reopening of the coastal road"]);
  });

  it("come out the same from the same facts", () => {
    expect(understanding(valleyWarCorpus()).candidates).toEqual(candidates);
  });
});

describe.skipIf(!existsSync("content/entities.yaml"))("understanding items on the seed corpus", () => {
  it("are sound, kept in the bank, and not answerable from surface cues", async () => {
    const corpus = await loadCorpus("content");
    const { questions } = buildBank(corpus);
    const { chosen, candidates } = understanding(corpus);
    expectSound(corpus, chosen);
    expect(chosen.length / questions.length).toBeGreaterThanOrEqual(0.2);
    // Every aim with a draft the lint passes is in the bank ("why" items whose wrong options are another
    // side's aims are not: a teacher's audit found them answerable by elimination).
    const ctx = createContext(corpus);
    const clean = (q: Question) => !lintQuestion(q, ctx).some((f) => f.severity !== "minor");
    const offered = UNDERSTANDING_AIMS.filter((aim) => candidates.some((q) => q.aim === aim && clean(q)));
    expect(offered.length).toBeGreaterThanOrEqual(3);
    for (const aim of offered)
      expect(
        chosen.some((q) => q.aim === aim),
        aim,
      ).toBe(true);

    expect(find(candidates, /why did Turkey seek a ceasefire\?$/)?.answers).toEqual(["to avert a possible attack"]);
    expect(find(candidates, /which country feared a massive flow of refugees onto its soil\?$/)?.answers).toEqual([
      "Turkey",
    ]);
    // Reported speech is asked as "who said that", not as someone's own words.
    const peskov = find(
      candidates,
      /^According to the articles, who said that Moscow was committed to the Sochi agreements\?$/,
    );
    expect(peskov?.answers).toEqual(["Dmitry Peskov"]);
    expect(find(candidates, /^Which best describes Russia and Turkey/)?.answers).toEqual([
      "On opposite sides, yet allies",
    ]);

    // An ordering across years: one-off events and meetings only, each from another year.
    const ordering = chosen.find((q) => q.kind === "ordering");
    const years = new Set(ordering?.kind === "ordering" ? ordering.dates.map((d) => d.on.slice(0, 4)) : []);
    expect(years.size).toBeGreaterThanOrEqual(3);
    expect(ordering?.choices.join(" ")).not.toMatch(/negotiations process|\(/);

    // The test-wise solver does no better than chance on them.
    for (const row of solverReport(chosen)) expect(row.difference).toBeLessThanOrEqual(0.1);
  }, 120_000);
});
