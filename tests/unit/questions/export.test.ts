import { describe, expect, it } from "vitest";
import {
  bankExportSchema,
  escapeGift,
  escapeXml,
  exportBankJson,
  exportQtiPackage,
  formatAnkiTsv,
  formatBankJson,
  formatGift,
  buildBank,
} from "@/lib/questions";
import { fixtureCorpus } from "../../fixtures/questions-corpus";
import { idOf } from "../../fixtures/question-keys";

const corpus = fixtureCorpus();
// The generators' drafts (every candidate), so each kind's behaviour can be checked; the chosen bank is tested in bank-quality.
const bank = buildBank(corpus).candidates;

describe("JSON export", () => {
  it("matches the documented shape", () => {
    const doc = bankExportSchema.parse(JSON.parse(formatBankJson(bank, corpus)));
    expect(doc.version).toBe(1);
    expect(doc.questions).toHaveLength(bank.length);
    expect(doc.articles.map((a) => a.slug).sort()).toEqual([
      "fixture-idlib-figures",
      "fixture-sochi-talks",
      "fixture-tehran-summit",
    ]);
  });

  it("writes answers as choice texts, True/False, items in order, and left → right pairs", () => {
    const doc = exportBankJson(bank, corpus);
    const get = (id: string) => doc.questions.find((q) => q.id === id);
    expect(get(idOf(bank, "sochi-talks--single-choice-place"))?.answers).toEqual(["Sochi"]);
    expect(get(idOf(bank, "sochi-talks--true-false-false"))?.answers).toEqual(["False"]);
    expect(get(idOf(bank, "sochi-talks--ordering"))?.answers).toEqual([
      "Vladimir Putin, Recep Tayyip Erdogan and Hassan Rouhani held a three-way summit in Tehran",
      "Lavrov spoke in Berlin about the coming offensive",
      "Vladimir Putin and Recep Tayyip Erdogan held talks in Sochi",
    ]);
    expect(get(idOf(bank, "iran-backs-syrian-government--matching-backing"))?.answers).toContain(
      "Turkey → Syrian rebels",
    );
    expect(get(idOf(bank, "sochi-deal-buffer-zone--cloze-quantity"))?.prompt).toContain("_____ km wide");
  });

  it("exports only what a teacher's set cites", () => {
    const set = bank.filter((q) => q.factIds.length === 1 && q.factIds[0] === "war-deaths-more-than-400000");
    const doc = exportBankJson(set, corpus);
    expect(doc.articles.map((a) => a.slug)).toEqual(["fixture-tehran-summit"]);
    expect(doc.facts.map((f) => f.id)).toEqual(["war-deaths-more-than-400000"]);
  });
});

describe("GIFT export", () => {
  it("escapes GIFT's special characters", () => {
    expect(escapeGift("a~b=c#d{e}f:g\\h")).toBe("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    expect(escapeGift("two\nlines")).toBe("two\\nlines");
  });

  it("writes one block per question, with no unescaped special character inside texts", () => {
    const gift = formatGift(bank, corpus);
    const blocks = gift.split("\n\n").filter((b) => b.startsWith("// "));
    expect(blocks).toHaveLength(bank.length);
    const q = blocks.find((b) => b.includes(`::${idOf(bank, "sochi-talks--single-choice-place")}::`));
    expect(q).toContain("{");
    expect(q).toMatch(/=Sochi/);
    expect(q).toMatch(/~Tehran/);
    const tf = blocks.find((b) => b.includes(`::${idOf(bank, "sochi-talks--true-false-false")}::`));
    expect(tf).toMatch(/\{FALSE ####/);
    // A colon in a prompt must never open a new GIFT field.
    const q0 = bank.find((b) => b.kind === "single-choice")!;
    const deadline = blocks.find((b) => b.includes(`::${idOf(bank, "sochi-deal-buffer-zone--date-deadline")}::`)) ?? "";
    expect(deadline).toContain("what was the deadline to set up a demilitarised zone?{");
    expect(formatGift([{ ...q0, prompt: "Due by: 15 October?" }], corpus)).toContain("Due by\\: 15 October?{");
    expect(
      deadline
        .split("\n")[1]
        ?.replace(/\\./g, "")
        .match(/[~=#{}:]/g)
        ?.join(""),
    ).toMatch(/^::::\{(=|~)+####\}$/);
  });

  it("puts a cloze answer where the blank was", () => {
    const block = formatGift(
      bank.filter((q) => q.id === idOf(bank, "sochi-deal-buffer-zone--cloze-quantity")),
      corpus,
    );
    expect(block).toContain("demilitarised zone {=15-20 =15-20 km ####");
  });

  it("weights multi-select choices so right ones sum to 100%", () => {
    const block = formatGift(
      bank.filter((q) => q.id === idOf(bank, "tehran-summit--multi-select-participants")),
      corpus,
    );
    expect(block.match(/~%33\.33333%/g)).toHaveLength(3);
  });
});

describe("Anki TSV export", () => {
  it("has Anki's headers and three tab-separated fields on every row", () => {
    const lines = formatAnkiTsv(bank, corpus).trimEnd().split("\n");
    expect(lines.slice(0, 4)).toEqual(["#separator:tab", "#html:true", "#columns:Front\tBack\tTags", "#tags column:3"]);
    const rows = lines.slice(4);
    expect(rows).toHaveLength(bank.length);
    for (const row of rows) expect(row.split("\t")).toHaveLength(3);
  });

  it("puts the evidence quote and its source on the back, and tags topic and kind", () => {
    const row =
      formatAnkiTsv(
        bank.filter((q) => q.id === idOf(bank, "sochi-talks--single-choice-place")),
        corpus,
      )
        .trimEnd()
        .split("\n")[4] ?? "";
    const [front, back, tags] = row.split("\t");
    expect(front).toContain("Where did Vladimir Putin");
    expect(back).toContain(
      "<blockquote>“Vladimir Putin and Recep Tayyip Erdoğan met in Sochi on 17 September 2018” — Leaders agree a buffer zone for Idlib (Fixture Wire, 2018-09-17), p1</blockquote>",
    );
    expect(tags).toBe("sourced topic::summit kind::single-choice status::reviewed article::fixture-sochi-talks");
  });
});

describe("QTI 3.0 export", () => {
  const files = exportQtiPackage(bank);

  it("writes one item per question and a manifest listing them all", () => {
    expect(files.size).toBe(bank.length + 1);
    const manifest = files.get("imsmanifest.xml") ?? "";
    for (const q of bank) expect(manifest).toContain(`href="items/${q.id}.xml"`);
  });

  it("declares the right response for each kind", () => {
    const single = files.get(`items/${idOf(bank, "sochi-talks--single-choice-place")}.xml`) ?? "";
    expect(single).toContain('<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"');
    expect(single).toMatch(/<qti-simple-choice identifier="(C\d)">Sochi<\/qti-simple-choice>/);
    const id = /<qti-simple-choice identifier="(C\d)">Sochi</.exec(single)?.[1];
    expect(single).toContain(`<qti-correct-response><qti-value>${id}</qti-value></qti-correct-response>`);
    expect(files.get(`items/${idOf(bank, "sochi-talks--ordering")}.xml`)).toContain('cardinality="ordered"');
    expect(files.get(`items/${idOf(bank, "iran-backs-syrian-government--matching-backing")}.xml`)).toContain(
      'base-type="directedPair"',
    );
    expect(files.get(`items/${idOf(bank, "sochi-deal-buffer-zone--cloze-quantity")}.xml`)).toContain(
      "<qti-text-entry-interaction",
    );
  });

  it("escapes XML in every text", () => {
    expect(escapeXml(`a < b & "c" > 'd'`)).toBe("a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;");
    for (const xml of files.values()) expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});
