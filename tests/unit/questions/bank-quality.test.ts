// The "done when" targets on the seed corpus, as counts (never timings).
// Held here: no serious flaw, true/false at most 15%, at most 3 items per fact,
// at least 20% understanding items, every core fact asked, no moderate flaw, the test-wise solver within
// 10 points of chance on every kind, no machine template.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/facts";
import { buildBank } from "@/lib/questions";
import { createContext } from "@/lib/questions/context";
import { bankStats, lintBank, lintQuestion } from "@/lib/questions/lint";
import { importanceOf } from "@/lib/questions/choose";
import { solverReport } from "@/lib/questions/solver";
import { shownTexts } from "@/lib/questions/lint/words";
import { hasOddCharacter } from "@/lib/content/repair";
import { entityReferences } from "@/lib/facts/checks/entity-refs";

describe.skipIf(!existsSync("content/entities.yaml"))("the seed bank, chosen from its candidates", () => {
  it("meets the held targets", async () => {
    const corpus = await loadCorpus("content");
    const { questions, candidates } = buildBank(corpus);
    expect(candidates.length).toBeGreaterThan(questions.length);
    const ctx = createContext(corpus);
    const stats = bankStats(questions, lintBank(questions, ctx), solverReport(questions));
    expect(stats.serious).toBe(0);
    expect(stats.trueFalseShare).toBeLessThanOrEqual(0.15);
    expect(stats.maxItemsPerFact).toBeLessThanOrEqual(3);
    // Why, whose account, how parties stand and how events connect, not only recall.
    expect(stats.understandingShare).toBeGreaterThanOrEqual(0.2);
    // No kind leaks its answers to a learner reading surface cues only (issue 11).
    expect(stats.leakingKinds).toEqual([]);
    expect(stats.machineTemplates).toBe(0);
    // Who is who, not a minor analyst's job or a president's title: every role a matching pairs is worth knowing.
    const roleFacts = questions
      .filter((q) => q.kind === "matching")
      .flatMap((q) => q.factIds.map((id) => corpus.facts.find((f) => f.id === id)))
      .filter((f) => f?.kind === "role");
    expect(roleFacts.length).toBeGreaterThan(0);
    for (const f of roleFacts)
      if (f?.kind === "role") {
        expect(importanceOf(f), f.id).not.toBe("peripheral");
        expect(f.office, f.id).not.toMatch(/President/);
      }
    // "Who said that …?" asks for a speaker worth knowing, never a minor analyst the facts hold peripheral.
    const minor = corpus.facts.filter((f) => f.kind === "role" && importanceOf(f) === "peripheral");
    const minorNames = new Set(
      minor
        .flatMap((f) => (f.kind === "role" ? corpus.entities.filter((e) => e.id === f.person) : []))
        .map((e) => e.name),
    );
    expect(minorNames.size).toBeGreaterThan(0);
    const whoSaid = questions.filter((q) => /\b(who said|whose words)\b/i.test(q.prompt));
    expect(whoSaid.length).toBeGreaterThan(0);
    expect(whoSaid.filter((q) => minorNames.has(q.answers[0] ?? "")).map((q) => q.prompt)).toEqual([]);
    // A cloze with no field of its fact to blank blanks what the fact is about, never a bystander of the sentence.
    const quotedClozes = candidates.filter((q) => q.kind === "cloze" && q.answerType === "entity" && !q.probe);
    expect(quotedClozes.length).toBeGreaterThan(0);
    for (const q of quotedClozes) {
      const own = q.factIds.flatMap((id) => {
        const f = corpus.facts.find((x) => x.id === id);
        return f ? entityReferences(f).map((r) => r.id) : [];
      });
      const names = corpus.entities.filter((e) => own.includes(e.id)).flatMap((e) => [e.name, ...e.aliases]);
      expect(
        q.answers.some((a) => names.includes(a)),
        `${q.id}: ${q.answers.join(", ")}`,
      ).toBe(true);
    }
    // And one person per role in each: a role matched twice, with no country said, is two answers to one match.
    for (const q of questions)
      if (q.kind === "matching") {
        const rights = q.answers.map((a) => a.split("→")[1]?.trim());
        if (q.factIds.some((id) => corpus.facts.find((f) => f.id === id)?.kind === "role"))
          expect(new Set(rights).size, q.id).toBe(rights.length);
      }
    // "Always True" does not pay: the keys are even, by adding false statements where the trues lead.
    const tfs = questions.filter((q) => q.kind === "true-false");
    expect(tfs.filter((q) => q.answers[0] === "True").length).toBeLessThanOrEqual(0.6 * tfs.length);
    // At most one true/false per fact.
    const tfPerFact = new Map<string, number>();
    for (const q of questions)
      if (q.kind === "true-false") for (const f of q.factIds) tfPerFact.set(f, (tfPerFact.get(f) ?? 0) + 1);
    expect(Math.max(0, ...tfPerFact.values())).toBeLessThanOrEqual(1);
    // A lesser fact whose every draft is flawed goes unasked rather than badly asked.
    const covered = new Set(questions.flatMap((q) => q.factIds));
    const core = corpus.facts.filter((f) => f.status !== "rejected" && importanceOf(f) === "core");
    expect(core.length).toBeGreaterThan(10);
    // A core fact goes unasked only where its one clean draft is a true statement, which the true/false
    // share and the even keys leave out (bank:report lists them).
    const cleanDrafts = (id: string) =>
      candidates.filter((q) => q.factIds.includes(id) && !lintQuestion(q, ctx).some((f) => f.severity !== "minor"));
    const unasked = core.filter((f) => !covered.has(f.id));
    expect(unasked.length).toBeLessThan(core.length / 3);
    for (const f of unasked)
      expect(
        cleanDrafts(f.id)
          .filter((q) => q.kind !== "true-false" || q.answers[0] !== "True")
          .map((q) => q.id),
        f.id,
      ).toEqual([]);
    // And no item of the bank has a flaw the lint rates moderate or worse: the audit rejected every one.
    expect(questions.filter((q) => lintQuestion(q, ctx).some((f) => f.severity !== "minor")).map((q) => q.id)).toEqual(
      [],
    );
    // A sentence two reports carry is shown from the one without a damaged character ("al-Assad´s").
    expect(questions.filter((q) => shownTexts(q).some(({ text }) => hasOddCharacter(text))).map((q) => q.id)).toEqual(
      [],
    );
    // Orderings span years and source comparisons exist where reports disagree.
    expect(candidates.some((q) => q.kind === "ordering" && q.aim === "connect")).toBe(true);
    expect(candidates.some((q) => q.aim === "source")).toBe(true);
  }, 120_000);
});
