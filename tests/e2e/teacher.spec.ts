import { docScreenshot } from "./support/screenshot";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/accounts";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";
import { answersOf, e2eDb } from "./support/db";
import { pastedTehranArticle } from "../fixtures/pasted-article";

// One journey, step by step: each test builds on what the one before made.
test.describe.configure({ mode: "serial" });

const TEACHER = { email: "teacher@example.com", password: "sourced-teacher" };
const BEN = { email: "ben@example.com", password: "sourced-learner" };
const SET_TITLE = `Sochi deal check ${Date.now().toString(36)}`;

/** The set's two true-or-false questions, in the order the teacher leaves them (read from the bank once added). */
type SetQuestion = { id: string; prompt: string; answer: string };
let first: SetQuestion = { id: "", prompt: "", answer: "" };
let second: SetQuestion = { id: "", prompt: "", answer: "" };

const ARTICLE = pastedTehranArticle;

let setPath = "";
let assignmentPath = "";
let classPath = "";
let articleSlug = "";

async function checkPage(page: Page): Promise<void> {
  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function signedInContext(
  browser: Browser,
  email: string,
  password: string,
): Promise<{ page: Page; request: APIRequestContext; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  return { page, request: context.request, close: () => context.close() };
}

/** Matches text that contains `literal` as it is. */
function containing(literal: string): RegExp {
  return new RegExp(literal.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

async function setQuestion(id: string): Promise<SetQuestion> {
  const row = await e2eDb().question.findUniqueOrThrow({ where: { id }, select: { prompt: true } });
  return { id, prompt: row.prompt, answer: (await answersOf(id)).answers[0] ?? "" };
}

async function setOrder(setId: string): Promise<string[]> {
  const items = await e2eDb().questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } });
  return items.map((i) => i.questionId);
}

test("the demo teacher builds a set from filtered questions and assigns it to the demo class", async ({ page }) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.getByRole("link", { name: "Teach" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teaching" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("link", { name: "New question set" }).click();
  await page.getByLabel("Title").fill(SET_TITLE);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SET_TITLE })).toBeVisible();
  setPath = new URL(page.url()).pathname;

  // Filter the bank: true or false, about Sochi.
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "True or false" });
  await page.getByLabel("Words in the question or its evidence").fill("Sochi");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=true-false/);
  await expect(page.getByRole("status").filter({ hasText: /of \d+ matching questions/ })).toBeVisible();
  const results = page.getByRole("list", { name: "Matching questions" });
  // The result rows themselves (an opened preview holds lists of its own).
  const rows = results.locator(":scope > li");
  await expect(rows.nth(1)).toBeVisible();
  for (const row of await rows.all()) await expect(row).toContainText("Sochi");

  // A preview shows the answer and its evidence before adding.
  await rows.nth(0).getByText("Preview").click();
  await expect(rows.nth(0).getByText("From the source")).toBeVisible();
  await rows
    .nth(0)
    .getByRole("button", { name: /^Add to set:/ })
    .click();
  await expect(rows.nth(0).getByText("In this set")).toBeVisible();
  await rows
    .nth(1)
    .getByRole("button", { name: /^Add to set:/ })
    .click();
  await expect(rows.nth(1).getByText("In this set")).toBeVisible();
  await checkPage(page);

  // Reorder with the keyboard: focus stays with the moved question's buttons.
  const setId = setPath.split("/").pop()!;
  const [firstId, secondId] = await setOrder(setId);
  first = await setQuestion(firstId!);
  second = await setQuestion(secondId!);
  const firstPrompt = containing(first.prompt).source;
  await page.getByRole("button", { name: new RegExp(`^Move down: question 1, ${firstPrompt}`) }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: new RegExp(`^Move up: question 2, ${firstPrompt}`) })).toBeFocused();
  expect(await setOrder(setId)).toEqual([second.id, first.id]);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: new RegExp(`^Move down: question 1, ${firstPrompt}`) })).toBeFocused();
  expect(await setOrder(setId)).toEqual([first.id, second.id]);

  // Options: two attempts, feedback right away.
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // Assign it to the demo class, open now, due in a week.
  await page.getByLabel("Class", { exact: true }).selectOption({ label: "Year 11 World Affairs" });
  await page.getByRole("button", { name: "Assign to class" }).click();
  await expect(page).toHaveURL(/\/teach\/assignments\/[a-z0-9]+$/);
  assignmentPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: SET_TITLE })).toBeVisible();
  classPath = (await page.getByRole("link", { name: "Year 11 World Affairs" }).getAttribute("href")) ?? "";
});

test("ben joins by code IDLIB8, takes the assignment and misses a question", async ({ page }) => {
  await signIn(page, BEN.email, BEN.password);
  await page.goto("/join");
  await page.getByLabel("Join code").fill("idlib8");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/join\/IDLIB8$/);
  await expect(page.getByRole("heading", { name: "Join Year 11 World Affairs" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("heading", { name: "You are in Year 11 World Affairs" })).toBeVisible();
  // Joining again changes nothing.
  await page.goto("/join/IDLIB8");
  await expect(page.getByRole("heading", { name: "You are in Year 11 World Affairs" })).toBeVisible();
  const ben = await e2eDb().user.findUniqueOrThrow({ where: { email: BEN.email } });
  expect(await e2eDb().enrollment.count({ where: { userId: ben.id } })).toBe(1);

  // The home page links to the assignment.
  await page.goto("/");
  await page.locator(`a[href="${assignmentPath.replace("/teach", "")}"]`).click();
  await expect(page.getByRole("heading", { level: 1, name: SET_TITLE })).toBeVisible();
  await expect(page.getByText("0 of 2 used")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);

  for (const [i, wantRight] of [false, true].entries()) {
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toBeFocused();
    const q = await answersOf((await heading.getAttribute("data-question-id"))!);
    if (i === 0) {
      // Ben reports the first question; the teacher deals with it at the end.
      await page.getByText("Report a problem with this question").click();
      await page.getByLabel("What is wrong?").fill("The question names the wrong country, I think.");
      await page.getByRole("button", { name: "Send report" }).click();
      await expect(page.getByText("Your report was sent to the teachers.")).toBeVisible();
      await heading.focus();
    }
    const right = q.answers[0]!;
    await page
      .getByRole("radio", { name: wantRight ? right : right === "True" ? "False" : "True", exact: true })
      .check();
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByRole("region", { name: wantRight ? /Right/ : /Not quite/ })).toBeVisible();
    await page.getByRole("button", { name: i === 1 ? "See your results" : "Next question" }).click();
  }
  await expect(page.getByRole("heading", { name: "Quiz complete" })).toBeVisible();
  await expect(page.getByText("1 of 2 right")).toBeVisible();
});

test("the teacher sees the score, the miss in item analysis and the shaded passage, and exports CSV and GIFT", async ({
  page,
}) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto(assignmentPath);
  const learners = page.getByRole("region", { name: "Learners", exact: true });
  const benRow = learners.getByRole("row").filter({ hasText: "Ben Learner" });
  await expect(benRow).toContainText("Submitted");
  await expect(benRow).toContainText("50% (1 right)");

  const items = page.getByRole("region", { name: "Item analysis" });
  const missed = items.getByRole("row").filter({ hasText: first.prompt });
  await expect(missed).toContainText("0 of 1");
  await expect(missed).toContainText("0%");
  await expect(missed).toContainText(/(True|False) \(1×\)/);

  const heat = page.getByRole("region", { name: "Which passages the class misread" });
  const shaded = heat.getByRole("listitem").filter({ hasText: "missed 1 of 2 times" }).first();
  await expect(shaded).toBeVisible();
  await expect(shaded).toHaveClass(/bg-amber-200/);
  await expect(heat.getByRole("list", { name: "Legend" })).toContainText("missed 26–50% of the time");
  await docScreenshot(page, "teacher-results");
  await docScreenshot(heat, "passage-heatmap");
  await checkPage(page);

  // Drill down into Ben's answers.
  await page.getByRole("link", { name: "Ben Learner's answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ben Learner's answers" })).toBeVisible();
  await expect(page.getByText(/Wrong\. Their answer: (True|False)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const csv = await page.request.get(`${assignmentPath}/export.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const csvText = await csv.text();
  expect(csvText).toContain("Learner,Email,Status");
  expect(csvText).toMatch(/Ben Learner,ben@example\.com,submitted,1,[^,]+,no,no,50,1,0,1/);

  const gift = await page.request.get(`${setPath}/export?format=gift`);
  expect(gift.status()).toBe(200);
  expect(gift.headers()["content-disposition"]).toContain(".gift.txt");
  const giftText = await gift.text();
  expect(giftText).toContain(`::${first.id}::`);
  expect(giftText).toContain(`{${first.answer === "True" ? "TRUE" : "FALSE"} `);

  const qti = await page.request.get(`${setPath}/export?format=qti`);
  expect(qti.status()).toBe(200);
  expect((await qti.body()).subarray(0, 2).toString()).toBe("PK");

  const print = await page.goto(`${setPath}/print`);
  expect(print?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Answer key" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("a teacher pastes a new article, approves a proposed fact and its questions appear in the bank", async ({
  page,
}) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto("/teach/articles/new");
  await checkPage(page);
  await page.getByLabel("Headline").fill(ARTICLE.title);
  await page.getByLabel("Outlet").fill(ARTICLE.outlet);
  await page.getByLabel("Published on").fill(ARTICLE.publishedOn);
  await page.getByLabel("Article text").fill(ARTICLE.text);
  await page.getByRole("button", { name: "Add article and propose facts" }).click();
  await expect(page).toHaveURL(/\/teach\/articles\/(?!new$)[a-z0-9-]+$/);
  articleSlug = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: ARTICLE.title })).toBeVisible();
  const fact = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Iran backs Bashar al-Assad." }) });
  await expect(fact.locator("mark")).toContainText("Iran and Russia are the key allies");
  await checkPage(page);

  await fact.getByRole("button", { name: "Approve: Iran backs Bashar al-Assad." }).click();
  await expect(fact.getByText("approved")).toBeVisible();
  await expect(fact.getByText(/Makes [1-9]\d* questions? in the bank/)).toBeVisible();

  await page.goto(setPath);
  await page.getByLabel("Article", { exact: true }).selectOption({ label: ARTICLE.title });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`article=${articleSlug}`));
  const results = page.getByRole("list", { name: "Matching questions" });
  await expect(results.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Showing 1–\d+ of \d+ matching questions/ })).toBeVisible();
});

test("learners, guests and other teachers get 401, 403 or 404 from teacher pages and exports, and change nothing", async ({
  browser,
  request,
}) => {
  const setId = setPath.split("/").pop()!;
  const before = await setOrder(setId);
  const pages = ["/teach", setPath, `${setPath}/print`, assignmentPath, classPath, `/teach/articles/${articleSlug}`];
  const exports = [`${setPath}/export?format=gift`, `${assignmentPath}/export.csv`];

  // Signed out: pages send you to sign in; exports answer 401.
  const guestPage = await request.get(setPath, { maxRedirects: 0 });
  expect(guestPage.status()).toBe(307);
  expect(guestPage.headers().location).toContain("/sign-in?next=");
  for (const path of exports) expect((await request.get(path)).status()).toBe(401);

  // The owner's forms, as a browser without JavaScript would post them.
  const owner = await signedInContext(browser, TEACHER.email, TEACHER.password);
  await owner.page.goto(setPath);
  const moveForm = owner.page.locator("form", {
    has: owner.page.getByRole("button", { name: /^Move down: question 1,/ }),
  });
  const moveFields = await moveForm.evaluate(
    (form) => Object.fromEntries(new FormData(form as HTMLFormElement).entries()) as Record<string, string>,
  );
  const removeForm = owner.page.locator("form", {
    has: owner.page.getByRole("button", { name: /^Remove from set: question 1,/ }),
  });
  const removeFields = await removeForm.evaluate(
    (form) => Object.fromEntries(new FormData(form as HTMLFormElement).entries()) as Record<string, string>,
  );
  const origin = new URL(owner.page.url()).origin;
  // Control: the same post from the owner does move the question (and back), so the refusals below are real.
  const moved = await owner.request.post(setPath, {
    multipart: { ...moveFields, direction: "down" },
    headers: { Origin: origin },
  });
  expect(moved.status()).toBe(200);
  expect(await setOrder(setId)).toEqual([...before].reverse());
  await owner.request.post(setPath, { multipart: { ...moveFields, direction: "up" }, headers: { Origin: origin } });
  expect(await setOrder(setId)).toEqual(before);
  await owner.close();

  const ben = await signedInContext(browser, BEN.email, BEN.password);
  for (const path of pages) expect((await ben.request.get(path)).status(), `learner GET ${path}`).toBe(403);
  for (const path of exports) {
    const res = await ben.request.get(path);
    expect(res.status(), `learner GET ${path}`).toBe(403);
    expect(await res.json()).toHaveProperty("error");
  }
  for (const fields of [removeFields, { ...moveFields, direction: "down" }]) {
    const res = await ben.request.post(setPath, { multipart: fields, headers: { Origin: origin } });
    expect(res.status(), "learner POST to the set page").toBe(403);
  }
  await ben.close();

  // Another teacher, signed up just now.
  const other = await (async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Mr Okafor");
    await page.getByLabel("Email").fill(uniqueEmail("teacher"));
    await page.getByLabel("Password").fill("another-teacher-password");
    await page.getByRole("radio", { name: "Teacher" }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/teach$/);
    return { page, request: context.request, close: () => context.close() };
  })();
  await expect(other.page.getByRole("heading", { name: "Teaching" })).toBeVisible();
  for (const path of pages.slice(1))
    expect((await other.request.get(path)).status(), `other teacher GET ${path}`).toBe(404);
  for (const path of exports) expect((await other.request.get(path)).status(), `other teacher GET ${path}`).toBe(404);
  for (const fields of [removeFields, { ...moveFields, direction: "down" }]) {
    const res = await other.request.post(setPath, { multipart: fields, headers: { Origin: origin } });
    expect(res.status(), "other teacher POST to the set page").toBe(404);
  }
  await other.close();

  expect(await setOrder(setId)).toEqual(before);
  const assignmentId = assignmentPath.split("/").pop()!;
  expect(await e2eDb().assignment.count({ where: { id: assignmentId } })).toBe(1);
});

test("the teacher hides a reported question, and removes a learner from the class after confirming", async ({
  page,
  browser,
}) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  for (const path of ["/teach/classes", "/teach/sets", "/teach/assignments", "/teach/articles"]) {
    await page.goto(path);
    await checkPage(page);
  }

  await page.goto("/teach/reports");
  const report = page.getByRole("listitem").filter({ hasText: "The question names the wrong country, I think." });
  await expect(report).toContainText("in your sets");
  await expect(report).toContainText(first.prompt);
  await checkPage(page);
  await report.getByRole("button", { name: "Hide question and resolve" }).click();
  await expect(page.getByText("The question names the wrong country, I think.")).toHaveCount(0);
  // A teacher's hide is theirs: the question leaves this teacher's sets and learners, not the library.
  const teacher = await e2eDb().user.findUniqueOrThrow({ where: { email: TEACHER.email } });
  expect(await e2eDb().questionHide.count({ where: { questionId: first.id, teacherId: teacher.id } })).toBe(1);
  expect((await e2eDb().question.findUniqueOrThrow({ where: { id: first.id } })).hidden).toBe(false);
  await page.goto(setPath);
  await expect(page.getByText("Hidden from quizzes: learners will not get this question.")).toBeVisible();

  await page.goto(classPath);
  await expect(page.getByText("IDLIB8", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Remove Ben Learner…" }).click();
  const confirm = page.getByRole("region", { name: "Remove Ben Learner from Year 11 World Affairs?" });
  await expect(confirm).toBeVisible();
  await checkPage(page);
  await confirm.getByRole("link", { name: "Cancel" }).click();
  await expect(page.getByRole("link", { name: "Remove Ben Learner…" })).toBeVisible();
  await page.getByRole("link", { name: "Remove Ben Learner…" }).click();
  await page.getByRole("button", { name: "Yes, remove Ben Learner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ben Learner was removed from the class." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove Ben Learner…" })).toHaveCount(0);

  // Ben no longer reaches the assignment; his submitted work stays in the results.
  const ben = await signedInContext(browser, BEN.email, BEN.password);
  expect((await ben.request.get(assignmentPath.replace("/teach", ""))).status()).toBe(404);
  await ben.close();
  await page.goto(assignmentPath);
  await expect(
    page
      .getByRole("region", { name: "Learners", exact: true })
      .getByRole("row")
      .filter({ hasText: "Ben Learner (left the class)" }),
  ).toContainText("50%");
});

test("with feedback after the due date, a learner's answer is saved without showing the right answer", async ({
  page,
  browser,
}) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto(setPath);
  await page.getByRole("radio", { name: "After the due date" }).check();
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  const ada = await signedInContext(browser, "ada@example.com", "sourced-learner");
  await ada.page.goto(assignmentPath.replace("/teach", ""));
  await expect(ada.page.getByText("After the due date")).toBeVisible();
  await ada.page.getByRole("button", { name: "Start" }).click();
  await expect(ada.page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  const heading = ada.page.getByRole("heading", { level: 1 });
  const q = await answersOf((await heading.getAttribute("data-question-id"))!);
  await ada.page.getByRole("radio", { name: q.answers[0] === "True" ? "False" : "True", exact: true }).check();
  await ada.page.getByRole("button", { name: "Submit" }).click();
  const saved = ada.page.getByRole("region", { name: "Answer saved" });
  await expect(saved).toBeVisible();
  await expect(saved).not.toContainText("Answer:");
  await expect(saved).not.toContainText("From the source");
  await expectNoSeriousA11yViolations(ada.page);
  const stored = await e2eDb().response.count({
    where: { attempt: { user: { email: "ada@example.com" }, assignmentId: assignmentPath.split("/").pop()! } },
  });
  expect(stored).toBe(1);
  await ada.close();
});
