import { expect, test, type Page } from "@playwright/test";
import { answersOf, e2eDb } from "./support/db";
import { docScreenshot } from "./support/screenshot";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";

async function currentQuestion(page: Page) {
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  const id = await heading.getAttribute("data-question-id");
  expect(id).toBeTruthy();
  return { id: id!, ...(await answersOf(id!)) };
}

async function startSingleChoiceQuiz(page: Page, length = 5) {
  await page.goto("/quiz");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("radio", { name: String(length), exact: true }).check();
  await page.getByRole("checkbox", { name: "Multiple choice" }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
}

test("a guest takes a quiz, checks a source, finishes, and retries what they missed until it leaves the review list", async ({
  page,
}) => {
  await startSingleChoiceQuiz(page);
  await expectNoSeriousA11yViolations(page);

  // Question 1: answer wrong with the keyboard.
  const first = await currentQuestion(page);
  await docScreenshot(page, "quiz-desktop");
  const firstPrompt = await page.getByRole("heading", { level: 1 }).innerText();
  const wrongIndex = first.choices.findIndex((c) => !first.answers.includes(c));
  await page.keyboard.press(String(wrongIndex + 1));
  await expect(page.getByRole("radio", { name: first.choices[wrongIndex] })).toBeChecked();
  await page.keyboard.press("Enter");
  const feedback = page.getByRole("region", { name: /Not quite/ });
  await expect(feedback).toBeVisible();
  await expect(feedback).toContainText(first.answers[0]!);
  await docScreenshot(page, "quiz-feedback");
  await expectNoSeriousA11yViolations(page);

  // The source link opens the reader with the quote highlighted.
  const sourceLink = feedback.getByRole("link").first();
  const quote = (await feedback.locator("blockquote").first().innerText()).replace(/^“|”$/g, "");
  const href = await sourceLink.getAttribute("href");
  const reader = await page.context().newPage();
  await reader.goto(href!);
  await expect(reader.locator("mark").first()).toHaveText(quote);
  await docScreenshot(reader, "highlighted-source");
  await expectNoSeriousA11yViolations(reader);
  await reader.close();

  // The rest: answer right.
  await page.getByRole("button", { name: "Next question" }).click();
  for (let i = 1; i < 5; i++) {
    const q = await currentQuestion(page);
    await page.getByRole("radio", { name: q.answers[0]!, exact: true }).check();
    await page.getByRole("button", { name: "Submit" }).click();
    await expect(page.getByRole("region", { name: /Right/ })).toBeVisible();
    await page.getByRole("button", { name: i === 4 ? "See your results" : "Next question" }).click();
  }
  await expect(page.getByRole("heading", { name: "Quiz complete" })).toBeVisible();
  await expect(page.getByText("4 of 5 right")).toBeVisible();
  await docScreenshot(page, "quiz-summary");
  await expect(page.getByRole("heading", { name: "Missed questions (1)" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Review shows the miss; retrying it right removes it.
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 2, name: firstPrompt })).toBeVisible();
  await docScreenshot(page, "review");
  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: /Retry these/ }).click();
  const retry = await currentQuestion(page);
  expect(retry.id).toBe(first.id);
  await page.getByRole("radio", { name: retry.answers[0]!, exact: true }).check();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: /Right/ })).toBeVisible();
  await page.goto("/review");
  await expect(page.getByText("Nothing to review here.")).toBeVisible();
});

test("reloading mid-quiz resumes at the same question, and a double submit counts once", async ({ page }) => {
  await startSingleChoiceQuiz(page);
  const attemptId = page.url().split("/").pop()!;
  const q1 = await currentQuestion(page);
  await page.getByRole("radio", { name: q1.answers[0]!, exact: true }).check();
  // Two submits in a row: the second must not store a second answer.
  await page.getByRole("button", { name: "Submit" }).dblclick();
  await expect(page.getByRole("region", { name: /Right/ })).toBeVisible();
  await page.getByRole("button", { name: "Next question" }).click();
  const q2 = await currentQuestion(page);
  expect(q2.id).not.toBe(q1.id);

  await page.reload();
  const resumed = await currentQuestion(page);
  expect(resumed.id).toBe(q2.id);
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  expect(await e2eDb().response.count({ where: { attemptId } })).toBe(1);
});

test("the quiz works at 320 px and announces feedback", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await startSingleChoiceQuiz(page);
  await expectFitsNarrowScreen(page);
  const q = await currentQuestion(page);
  await page.getByRole("radio", { name: q.answers[0]!, exact: true }).check();
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("heading", { name: "✓ Right" })).toBeFocused();
  await expectFitsNarrowScreen(page);
});
