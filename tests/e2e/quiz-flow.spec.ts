// The flow around each answer, as a learner on a phone meets it: one tap to answer and one to move on, the
// source and back without losing the feedback, reloads, resuming, joining a class, and a timed assignment.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { answersOf, e2eDb } from "./support/db";
import { createE2eUser, type E2eUser } from "./support/users";
import { docScreenshot } from "./support/screenshot";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";

const PHONE = { width: 375, height: 812 };

async function signInAs(context: BrowserContext, user: E2eUser, baseURL: string): Promise<void> {
  const [name, value] = user.cookie.split(/=(.*)/s) as [string, string];
  await context.addCookies([{ name, value, url: baseURL }]);
}

async function currentQuestion(page: Page) {
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  const id = (await heading.getAttribute("data-question-id"))!;
  return { id, ...(await answersOf(id)) };
}

async function startMultipleChoiceQuiz(page: Page): Promise<string> {
  await page.goto("/quiz");
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByRole("checkbox", { name: "Multiple choice" }).check();
  await page.getByRole("button", { name: "Start quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/[a-z0-9]+$/);
  return page.url().split("/").pop()!;
}

/** The row of one choice, found by its value (choices such as "2" and "12" share text). */
async function choiceRow(page: Page, value: string) {
  const rows = page.locator("label:has(input)");
  for (let i = 0; i < (await rows.count()); i++) {
    if ((await rows.nth(i).locator("input").getAttribute("value")) === value) return rows.nth(i);
  }
  throw new Error(`no choice "${value}"`);
}

/** The visible Next control lies wholly inside the first screen. */
async function expectNextOnFirstScreen(page: Page, name: RegExp): Promise<void> {
  const next = page.getByRole("button", { name });
  await expect(next).toBeVisible();
  const box = (await next.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("one tap answers, the Next control is on the first screen, and choices are marked in place", async ({
    page,
  }) => {
    await startMultipleChoiceQuiz(page);
    for (let i = 0; i < 2; i++) {
      const q = await currentQuestion(page);
      if (i === 0) await docScreenshot(page, "quiz-phone");
      const wrong = q.choices.find((c) => !q.answers.includes(c))!;
      await page.getByRole("radio", { name: wrong, exact: true }).check();
      await page.getByRole("button", { name: "Submit" }).click();
      const feedback = page.getByRole("region", { name: /Not quite/ });
      await expect(feedback).toBeVisible();
      await expectNextOnFirstScreen(page, /Next question/);
      // Each choice says where it stands: the learner's wrong pick and the right answer.
      await expect(await choiceRow(page, wrong)).toContainText("Your answer");
      await expect(await choiceRow(page, q.answers[0]!)).toContainText("Right answer");
      if (i === 0) {
        await docScreenshot(page, "quiz-feedback-phone");
        await expectNoSeriousA11yViolations(page);
      }
      await page.getByRole("button", { name: /Next question/ }).click();
    }
  });
});

test("from the feedback to the highlighted source and back to the same feedback, and a reload keeps it", async ({
  page,
}) => {
  const attemptId = await startMultipleChoiceQuiz(page);
  const q = await currentQuestion(page);
  await page.getByRole("radio", { name: q.answers[0]!, exact: true }).check();
  await page.keyboard.press("Enter");
  const feedback = page.getByRole("region", { name: /Right/ });
  await expect(feedback).toBeVisible();

  // The source link opens beside the quiz, in a new tab.
  const link = feedback.getByRole("link").first();
  await expect(link).toHaveAttribute("target", "_blank");
  const [reader] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
  await expect(reader.locator("mark").first()).toBeVisible();
  await reader.close();
  await expect(feedback).toBeVisible();

  // Followed in the same tab, Back returns to the same feedback.
  await page.goto((await link.getAttribute("href"))!);
  await expect(page.locator("mark").first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: /Right/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("data-question-id", q.id);

  // A reload during feedback keeps it, and counts nothing twice.
  await page.reload();
  await expect(page.getByRole("region", { name: /Right/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("data-question-id", q.id);
  await expect(page.getByText("Question 1 of 5")).toBeVisible();
  expect(await e2eDb().response.count({ where: { attemptId } })).toBe(1);

  // Next moves on.
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
});

test("an unfinished quiz is offered on home, and ending early asks first", async ({ page }) => {
  const attemptId = await startMultipleChoiceQuiz(page);
  const q = await currentQuestion(page);
  await page.getByRole("radio", { name: q.answers[0]!, exact: true }).check();
  await page.getByRole("button", { name: "Submit" }).click();
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText("Question 2 of 5")).toBeVisible();

  await page.goto("/");
  const resume = page.getByRole("region", { name: "Your unfinished quiz" });
  await expect(resume).toContainText("1 of 5 questions answered");
  await expectNoSeriousA11yViolations(page);
  await resume.getByRole("link", { name: "Resume quiz" }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz/${attemptId}$`));
  await expect(page.getByText("Question 2 of 5")).toBeVisible();

  await page.getByRole("button", { name: "End quiz now" }).click();
  const confirm = page.getByRole("group", { name: "End this quiz now?" });
  await expect(confirm).toContainText("4 questions are not answered yet");
  await confirm.getByRole("button", { name: "Keep going" }).click();
  await expect(page.getByText("Question 2 of 5")).toBeVisible();
  await page.getByRole("button", { name: "End quiz now" }).click();
  await page.getByRole("button", { name: "Yes, end the quiz" }).click();
  await expect(page.getByRole("heading", { name: "Quiz complete" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Your unfinished quiz" })).toHaveCount(0);
});

test("a learner joins a class from home; a wrong code gets a clear message", async ({ page, context, baseURL }) => {
  const learner = await createE2eUser("LEARNER", "joiner");
  await signInAs(context, learner, baseURL!);
  await page.goto("/");
  await page.getByLabel("Join code from your teacher").fill("NOPE42");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByRole("heading", { name: "No class has that code" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Join code from your teacher").fill("IDLIB8");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByRole("heading", { name: /You are in/ })).toBeVisible();
  await page.goto("/assignments");
  await expect(page.getByRole("heading", { name: "My assignments" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);
});

test("a timed assignment shows its timer and refuses an answer after the limit", async ({ page, context, baseURL }) => {
  const db = e2eDb();
  const teacher = await createE2eUser("TEACHER", "timer-teacher");
  const learner = await createE2eUser("LEARNER", "timer-learner");
  const question = await db.question.findFirstOrThrow({
    where: { kind: "single-choice", retired: false, hidden: false, status: "reviewed" },
  });
  const klass = await db.class.create({
    data: {
      name: "Timed class",
      joinCode: `T${Date.now().toString(36).toUpperCase().slice(-6)}`,
      teacherId: teacher.userId,
    },
  });
  await db.enrollment.create({ data: { classId: klass.id, userId: learner.userId } });
  const set = await db.questionSet.create({
    data: {
      title: "Ten-minute check",
      ownerId: teacher.userId,
      options: JSON.stringify({ timeLimitMinutes: 10 }),
      items: { create: [{ questionId: question.id, position: 0 }] },
    },
  });
  const now = Date.now();
  const assignment = await db.assignment.create({
    data: { setId: set.id, classId: klass.id, opensAt: new Date(now - 3600_000), dueAt: new Date(now + 86_400_000) },
  });

  await signInAs(context, learner, baseURL!);
  await page.goto(`/assignments/${assignment.id}`);
  await page.getByRole("button", { name: /Start/ }).click();
  await expect(page.getByRole("timer")).toContainText(/Time left \d+:\d\d/);
  await expectNoSeriousA11yViolations(page);

  // Eleven minutes pass (the attempt's start moves back): the server refuses the answer and ends the attempt.
  const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId: assignment.id, userId: learner.userId } });
  await db.attempt.update({ where: { id: attempt.id }, data: { startedAt: new Date(now - 11 * 60_000) } });
  const q = await answersOf(question.id);
  await page.getByRole("radio", { name: q.answers[0]!, exact: true }).check();
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Time is up" })).toBeVisible();
  expect(await db.response.count({ where: { attemptId: attempt.id } })).toBe(0);
  expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).finishedAt).not.toBeNull();
});
