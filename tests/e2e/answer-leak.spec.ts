// Nothing the browser receives before an answer is submitted gives the answer
// away (issue 13). For one question of every kind (two for true/false: one true,
// one false), a learner opens a quiz holding just that question; everything the
// browser receives is collected (every response body: the HTML, RSC payloads,
// scripts' data) together with the live DOM (forms, hidden inputs, the report
// form, data attributes). Then:
// - the id the page uses is opaque: no kind, no true/false, no slot in it;
// - a key string is there no more often than the distractors shown beside it,
//   and a typed answer's key is not there at all;
// - a true item's page and a false item's page differ in nothing but their own text.
// A kind the library's bank does not choose (evidence items) is checked on the generator's own draft of it,
// stored beside the bank for this file and retired after it.
// The teacher's exports (GIFT names, QTI titles, identifiers and file names) are checked the same way.
import { expect, test, type Page } from "@playwright/test";
import { createAttempt } from "../../lib/db/attempts";
import { bankStore } from "../../lib/db/bank-store";
import { fingerprint } from "../../lib/domain/fingerprint";
import { regenerateLibraryBank } from "../../lib/teach/regenerate-banks";
import { loadServableBank } from "../../lib/db/questions";
import { loadFullCorpus } from "../../lib/db/teacher-corpus";
import { loadCorpus } from "../../lib/facts";
import { buildBank } from "../../lib/questions";
import { exportQtiPackage, formatGift } from "../../lib/questions/export";
import type { Question } from "../../lib/questions/schema";
import { e2eDb } from "./support/db";
import { createE2eUser } from "./support/users";

const KINDS = [
  "single-choice",
  "multi-select",
  "true-false",
  "cloze",
  "date",
  "ordering",
  "matching",
  "evidence",
] as const;
/**
 * What an id may look like: "q_" and a digest, the same shape for every kind, so it can carry no kind, key or
 * slot. (A digest could spell a word by chance; readable words joined by hyphens, as ids once were, cannot pass.)
 */
const OPAQUE_ID = /^q_[a-z0-9]{21}$/;
const TELLING =
  /(^|[-_:.])(true|false|single|multi|choice|select|cloze|date|ordering|matching|evidence|slot|blank|key|answer)([-_:.]|$)/i;

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Every form of a string as it may travel: as is, HTML-escaped, JSON-escaped. */
function forms(s: string): string[] {
  const html = s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
  const json = JSON.stringify(s).slice(1, -1);
  return [...new Set([s, html, json, JSON.stringify(json).slice(1, -1)])];
}

function count(corpus: string, s: string): number {
  return forms(s).reduce((n, f) => n + occurrences(corpus, f), 0);
}

/**
 * Occurrences of a typed answer as a word of its own: "36" inside a bundler's module id
 * ("I[897367,…") or a class name is not the answer given away.
 */
function countAsWord(corpus: string, s: string): number {
  return forms(s).reduce((n, f) => {
    const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return n + (corpus.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu"))?.length ?? 0);
  }, 0);
}

/** Everything received while opening the quiz page, and what the DOM holds, as one text. */
async function collect(page: Page, url: string): Promise<{ corpus: string; dom: string; ids: string[] }> {
  const bodies: string[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    // The build's own scripts and styles are the same for every question (and cached between pages): not per-question data.
    if (new URL(response.url()).pathname.startsWith("/_next/static/")) return;
    pending.push(
      response
        .body()
        .then((b) => void bodies.push(b.toString("utf8")))
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  const dom = await page.evaluate(() => {
    const parts: string[] = [document.documentElement.outerHTML];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) parts.push(`${attr.name}=${attr.value}`);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
        parts.push(`value=${el.value}`);
    }
    for (const form of Array.from(document.forms))
      for (const [k, v] of new FormData(form).entries()) parts.push(`${k}=${String(v)}`);
    return parts.join("\n");
  });
  const ids = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLInputElement>("input[name=questionId]")).map((i) => i.value),
  );
  return { corpus: [...bodies, dom].join("\n"), dom, ids };
}

let bank: Question[] = [];
/** Kinds the generator makes no draft of from content/: only these may skip. */
let undrafted = new Set<string>();
let storedDrafts = false;
test.beforeAll(async () => {
  const db = e2eDb();
  bank = await loadServableBank(db);
  // A kind the library's bank leaves out (evidence items, on quality grounds: lib/questions/choose.ts) is still
  // one the quiz page renders, so its page is checked too: the generator's own first draft of that kind, from
  // the seed corpus, is stored beside the bank through the app's data layer and served from there.
  // The true/false comparison below needs a statement of each key, which the bank may not hold either.
  const statement = (key: string) => (q: Question) => q.kind === "true-false" && q.answers[0] === key;
  const missing = KINDS.filter((kind) => !bank.some((q) => q.kind === kind));
  const missingKeys = ["True", "False"].filter((key) => !bank.some(statement(key)));
  if (missing.length === 0 && missingKeys.length === 0) return;
  const { candidates } = buildBank(await loadCorpus("content"));
  const drafts = [
    ...missing.filter((kind) => kind !== "true-false").flatMap((kind) => candidates.find((q) => q.kind === kind) ?? []),
    ...missingKeys.flatMap((key) => candidates.find(statement(key)) ?? []),
  ];
  undrafted = new Set(missing.filter((kind) => !drafts.some((q) => q.kind === kind)));
  if (drafts.length === 0) return;
  // Saved beside the bank through the banks' own write, retiring nothing.
  await bankStore(db).writeBank(null, {
    save: drafts.map((question) => ({ question, contentHash: fingerprint(question) })),
    retire: [],
  });
  storedDrafts = true;
  bank = await loadServableBank(db);
});
test.afterAll(async () => {
  // The library's bank back to what the generator chooses: the stored drafts are retired, as a sync retires any
  // question it no longer makes, so no later test is served them.
  if (storedDrafts) await regenerateLibraryBank(bankStore(e2eDb()), await loadCorpus("content"));
});

/** A servable question of the kind (stored from a draft if the bank chose none). */
function find(kind: string, filter: (q: Question) => boolean = () => true): Question | undefined {
  return bank.find((x) => x.kind === kind && filter(x));
}

async function openQuizOn(page: Page, q: Question, label: string) {
  const learner = await createE2eUser("LEARNER", `leak-${label}`);
  const attemptId = await createAttempt(e2eDb(), {
    userId: learner.userId,
    questionIds: [q.id],
    mode: "practice",
    config: {},
    now: new Date(),
  });
  const [name, value] = learner.cookie.split("=") as [string, string];
  await page.context().addCookies([{ name, value, domain: "localhost", path: "/" }]);
  return { ...(await collect(page, `/quiz/${attemptId}`)), attemptId };
}

for (const kind of KINDS) {
  test(`a ${kind} question's page gives no key away before it is answered`, async ({ page }) => {
    test.skip(
      undrafted.has(kind),
      `the generator makes no ${kind} draft from content/, so no page of one can be served`,
    );
    const q = find(kind);
    if (!q) throw new Error(`no ${kind} question is servable, though the generator drafts one`);
    const { corpus, dom, ids } = await openQuizOn(page, q, kind);
    // The page's forms carry the question's id: it must say nothing.
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      expect(id, `id ${id}`).toMatch(OPAQUE_ID);
      expect(id).not.toMatch(TELLING);
    }
    expect(q.id).toMatch(OPAQUE_ID);

    const distractors = q.choices.filter((c) => !q.answers.includes(c));
    const shownAsOptions = q.answers.every((a) => q.choices.includes(a)) && q.choices.length > q.answers.length;
    const ownText = [q.prompt, "text" in q ? q.text : "", "statement" in q ? q.statement : ""].join("\n");
    // The page shows this very question (its statement, the options compared below): otherwise nothing is checked.
    if ("statement" in q) expect(count(dom, q.statement), "the statement is not on the page").toBeGreaterThan(0);
    if (shownAsOptions)
      for (const choice of q.choices) expect(count(dom, choice), `"${choice}" is not on the page`).toBeGreaterThan(0);
    for (const answer of q.answers) {
      const seen = count(corpus, answer);
      if (kind === "true-false") continue; // True and False are both on every true/false page; compared below.
      if (kind === "ordering" || kind === "matching") continue; // Every item is an option; order and pairs are checked below.
      if (shownAsOptions) {
        // No more often than the distractors shown beside it (the prompt may name a choice; allow for that).
        const most = Math.max(...distractors.map((d) => count(corpus, d) + occurrences(ownText, d)));
        expect(seen, `"${answer}" is seen ${seen} times; distractors at most ${most}`).toBeLessThanOrEqual(
          most + occurrences(ownText, answer),
        );
      } else {
        // A typed answer is not on the page at all as a word of its own (unless the question's own words contain it).
        expect(countAsWord(corpus, answer), `the typed answer "${answer}" is in the page`).toBeLessThanOrEqual(
          countAsWord(ownText, answer),
        );
      }
    }
    if (kind === "ordering") {
      // The right order is not the order shown, and no list of the items in the right order is sent.
      const inOrder = JSON.stringify(q.answers);
      expect(count(corpus, inOrder.slice(1, -1))).toBe(0);
    }
    if (kind === "matching") {
      // The pairs ("left → right") are nowhere.
      for (const pair of q.answers) expect(count(corpus, pair), pair).toBe(0);
    }
  });
}

test("a true statement's page and a false statement's page cannot be told apart", async ({ browser, baseURL }) => {
  const yesFound = find("true-false", (x) => x.answers[0] === "True");
  const noFound = find("true-false", (x) => x.answers[0] === "False");
  test.skip(!yesFound || !noFound, "the bank does not serve both a true and a false statement to compare");
  const [yes, no] = [yesFound!, noFound!];
  // The learners' names are on the page: neutral labels, so the test's own words tell nothing apart.
  // Each in a browser of its own, so both are a first visit (a second one in the same browser skips what is cached).
  const open = async (q: Question, label: string) => {
    const context = await browser.newContext({ baseURL });
    try {
      return await openQuizOn(await context.newPage(), q, label);
    } finally {
      await context.close();
    }
  };
  const a = await open(yes, "tf-a");
  const b = await open(no, "tf-b");
  // Take out what differs by design: each question's own words and id, the attempt, nonces and request ids.
  const neutral = (corpus: string, q: Question, attemptId: string) => {
    let s = corpus;
    for (const own of [q.id, attemptId, q.prompt, "statement" in q ? q.statement : "", ...q.articles])
      for (const f of forms(own)) s = s.split(f).join("<own>");
    return s;
  };
  const words = (s: string) => {
    const tokens = s.toLowerCase().match(/\b(true|false|correct|right|wrong|yes|no)\b/g) ?? [];
    return tokens.sort().join(" ");
  };
  // The page as rendered (its HTML with the inline payload, attributes and form values): what a learner's browser
  // holds. Other responses (link prefetches) come and go with timing, so their counts differ from run to run; the
  // key checks above read them all.
  expect(words(neutral(b.dom, no, b.attemptId))).toBe(words(neutral(a.dom, yes, a.attemptId)));
});

test("exports name questions without their keys: GIFT names, QTI titles, identifiers and file names", async () => {
  const tf = bank.filter((q) => q.kind === "true-false").slice(0, 20);
  const sample = [...tf, ...KINDS.filter((k) => k !== "true-false").flatMap((k) => find(k) ?? [])];
  const gift = formatGift(sample, await loadFullCorpus(e2eDb()));
  const names = [...gift.matchAll(/^::((?:[^:\\]|\\.)*)::/gm)].map((m) => m[1] ?? "");
  expect(names).toHaveLength(sample.length);
  for (const name of names) expect(name).toMatch(OPAQUE_ID);
  const qti = exportQtiPackage(sample);
  for (const [path, xml] of qti) {
    expect(path).toMatch(/^(imsmanifest\.xml|items\/q_[a-z0-9]{21}\.xml)$/);
    for (const m of xml.matchAll(/\b(identifier|title|href)="([^"]*)"/g)) {
      if (m[2] === "sourced-question-bank" || /^(RESPONSE|OUTCOME|SCORE|MAXSCORE|choice|CHOICE)/.test(m[2] ?? ""))
        continue;
      expect(`${m[1]}=${m[2]}`).not.toMatch(/true|false|slot/i);
    }
  }
});
