import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/db";
import { wireNuclearArticle as ARTICLE } from "../fixtures/wire-nuclear-article";

// One journey: paste, add a missed fact by selecting its words, approve, send every question to a set.
test.describe.configure({ mode: "serial" });

const TEACHER = { email: "teacher@example.com", password: "sourced-teacher" };
const QUOTE = "Iran must cut its stockpile of enriched uranium by 98 percent";
const RUN = Date.now().toString(36);
const STATEMENT = `The Vienna nuclear accord requires Iran to cut its stockpile of enriched uranium by 98 percent (${RUN}).`;
const SET_TITLE = `Vienna accord ${RUN}`;
// A new entity each run, so a rerun on the same database still creates one.
const AGREEMENT = `Vienna nuclear accord ${RUN}`;

let articlePath = "";
let setPath = "";

async function checkPage(page: Page): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Selects words inside one passage as a mouse drag would. */
async function selectWords(page: Page, words: string): Promise<void> {
  await page.evaluate((text) => {
    const passage = [...document.querySelectorAll<HTMLElement>("[data-passage]")].find((p) =>
      p.textContent?.includes(text),
    );
    const node = passage?.firstChild;
    if (!node || !node.textContent) throw new Error(`no passage says ${text}`);
    const start = node.textContent.indexOf(text);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, words);
}

test.setTimeout(300_000);

test("a teacher pastes an article, adds a missed fact by selecting its words, approves, and adds all its questions to a new set", async ({
  page,
}) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto("/teach/articles/new");
  await page.getByLabel("Headline").fill(ARTICLE.title);
  await page.getByLabel("Published on").fill(ARTICLE.publishedOn);
  await page.getByLabel("Article text").fill(ARTICLE.text);
  // Refused for the missing outlet: what the teacher pasted is still there to correct, not lost.
  await page.getByRole("button", { name: "Add article and propose facts" }).click();
  await expect(page.getByRole("main").getByRole("alert").first()).toContainText(
    "Please correct the highlighted fields.",
  );
  await expect(page.getByLabel("Article text")).toHaveValue(ARTICLE.text);
  await expect(page.getByLabel("Headline")).toHaveValue(ARTICLE.title);
  await page.getByLabel("Outlet").fill(ARTICLE.outlet);
  await page.getByRole("button", { name: "Add article and propose facts" }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/(?!new$)[a-z0-9-]+$/, { timeout: 120_000 });
  articlePath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: ARTICLE.title })).toBeVisible();
  await checkPage(page);

  // Select the words that state the missed fact.
  await selectWords(page, QUOTE);
  await page.getByRole("link", { name: "Add a fact from this selection" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a fact from the article" })).toBeVisible();
  await expect(page.getByLabel("Quote from passage 3 (word for word)")).toHaveValue(QUOTE);
  await checkPage(page);

  // A quote the passage does not say is refused by the server, and nothing is written.
  const factsBefore = await e2eDb().fact.count();
  await page.getByLabel("What kind of fact is it?").selectOption("deal-term");
  await page.getByLabel("Quote from passage 3 (word for word)").fill("Iran must cut its stockpile by 99 percent");
  await page.getByLabel("Statement").fill(STATEMENT);
  await page.getByLabel("Agreement").fill(AGREEMENT);
  await expect(page.getByText(`No entity is called “${AGREEMENT}” yet: it will be created.`)).toBeVisible();
  await page.getByLabel(`What kind of thing is “${AGREEMENT}”?`).selectOption("agreement");
  await page.getByLabel("What it requires").fill("cut its stockpile of enriched uranium by 98 percent");
  await page.getByLabel("Parties 1").fill("Iran");
  await expect(page.getByText(/^Known country: Iran\.$/)).toBeVisible();
  await page.getByRole("radio", { name: /Keep it as a proposal/ }).check();
  await page.getByRole("button", { name: "Add fact" }).click();
  await expect(page.getByText(/must be found word for word in passage 3/)).toBeVisible();
  expect(await e2eDb().fact.count()).toBe(factsBefore);
  // What the teacher typed is still there; only the quote needs fixing.
  await expect(page.getByLabel("Statement")).toHaveValue(STATEMENT);
  await page.getByLabel("Quote from passage 3 (word for word)").fill(QUOTE);
  await page.getByRole("button", { name: "Add fact" }).click();

  // Back on the article: the new fact waits for review with the others; approve them all at once.
  await expect(page).toHaveURL(new RegExp(`${articlePath}#fact-`));
  const added = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: STATEMENT }) });
  await expect(added.locator("mark")).toHaveText(QUOTE);
  await expect(added.getByText(AGREEMENT, { exact: true })).toBeVisible();
  await page.getByRole("checkbox", { name: /^Select all \d+ not yet approved$/ }).check();
  await expect(page.getByRole("checkbox", { name: `Select: ${STATEMENT}` })).toBeChecked();
  await page.getByRole("button", { name: "Approve selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Approved \d+ facts?\.$/ })).toBeVisible();
  await expect(added.getByText(/Makes [1-9]\d* questions? in the bank/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve selected" })).toHaveCount(0);
  // Coverage: the passage of the added fact now has reviewed questions; every passage says its count in words.
  const coverage = page.getByRole("list", { name: "Passages and their reviewed questions" });
  await expect(
    coverage.getByRole("listitem").filter({ hasText: /^covered\s*Passage 3: [1-9]\d* reviewed questions?/ }),
  ).toBeVisible();
  await expect(page.getByText(/^\d+ of \d+ passages? ha(?:s|ve) reviewed questions\.$/)).toBeVisible();
  await checkPage(page);

  // Every reviewed question from the article into a new set, in one go.
  const addAll = page.getByRole("button", { name: /^Add all \d+ reviewed questions? from this article$/ });
  const count = Number((await addAll.textContent())?.match(/\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  await page.getByRole("radio", { name: "a new set called" }).check();
  await page.getByLabel("Title of the new set").fill(SET_TITLE);
  await addAll.click();
  await expect(page.getByRole("heading", { level: 1, name: SET_TITLE })).toBeVisible();
  setPath = new URL(page.url()).pathname;
  await expect(page.getByRole("status").filter({ hasText: `Added ${count} question` })).toBeVisible();
  const setId = setPath.split("/").pop()!;
  expect(await e2eDb().questionSetItem.count({ where: { setId } })).toBe(count);
});

test("the set builder adds every question matching a filter, badges each row, and reorders by drag and by keyboard", async ({
  page,
}) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  const setId = setPath.split("/").pop()!;
  await page.goto(setPath);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Multiple choice" });
  await page.getByLabel("Words in the question or its evidence").fill("Idlib");
  await page.getByRole("button", { name: "Filter" }).click();
  const results = page.getByRole("list", { name: "Matching questions" });
  await expect(results.getByRole("listitem").first()).toContainText("Kind: Multiple choice");
  await expect(results.getByRole("listitem").first()).toContainText(/Difficulty: (Easy|Medium|Hard)/);
  const before = await e2eDb().questionSetItem.count({ where: { setId } });
  const addMatching = page.getByRole("button", { name: /^Add all \d+ matching questions?$/ });
  const matching = Number((await addMatching.textContent())?.match(/\d+/)?.[0]);
  await addMatching.click();
  await expect(page.getByRole("status").filter({ hasText: /^Added \d+ questions?\./ })).toBeVisible();
  const after = await e2eDb().questionSetItem.count({ where: { setId } });
  expect(after).toBe(Math.min(100, before + matching));
  await checkPage(page);

  const order = async () =>
    (await e2eDb().questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map(
      (i) => i.questionId,
    );
  const start = await order();
  const items = page.locator("li[data-question-id]");
  await items.nth(2).dragTo(items.nth(0));
  await expect(page.getByRole("status").filter({ hasText: "Moved question 3 to position 1" })).toBeAttached();
  await expect.poll(order).toEqual([start[2], start[0], start[1], ...start.slice(3)]);
  // And by keyboard: focus Move down on the first and press Enter.
  await page.getByRole("button", { name: /^Move down: question 1,/ }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(order).toEqual([start[0], start[2], start[1], ...start.slice(3)]);
});

test("the class page shows a QR code and a big-screen join view; item analysis with few learners does not judge", async ({
  page,
}) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto("/teach/classes");
  await page.locator("main a[href^='/teach/classes/']:not([href$='/new'])").first().click();
  await expect(
    page.getByRole("img", { name: /^QR code for the join link http:\/\/localhost:\d+\/join\/[A-Z0-9]+$/ }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Show on a big screen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Join / })).toBeVisible();
  await expect(page.getByRole("img", { name: /^QR code for the join link/ })).toBeVisible();
  await checkPage(page);

  await page.goto("/teach/assignments");
  const first = page.locator("main a[href^='/teach/assignments/']").first();
  if ((await first.count()) === 0) return;
  await first.click();
  await expect(page.getByRole("heading", { name: "Item analysis" })).toBeVisible();
  const table = page.locator("section", { has: page.getByRole("heading", { name: "Item analysis" }) });
  const submitted = await e2eDb().attempt.count({
    where: { assignmentId: new URL(page.url()).pathname.split("/").pop()!, finishedAt: { not: null } },
  });
  if (submitted < 5) await expect(table).not.toContainText(/very good|poor, revise or drop/);
  await checkPage(page);
});
