import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";

async function dueCount(page: Page): Promise<number> {
  const text = await page.getByText(/\d+ due now/).textContent();
  return Number(/(\d+) due now/.exec(text ?? "")?.[1]);
}

test("a learner reviews flashcards with the keyboard", async ({ page }) => {
  await signIn(page, "ben@example.com", "sourced-learner");
  await page.goto("/flashcards");
  await expect(page.getByRole("heading", { level: 1, name: "Flashcards" })).toBeVisible();
  const showAnswer = page.getByRole("button", { name: "Show answer" });
  await expect(showAnswer).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const ratings = page.getByRole("group", { name: "How well did you remember it?" });
  const answer = page.getByRole("heading", { name: "Answer" });
  const question = page.getByRole("region", { name: "Question" });

  for (let round = 0; round < 2; round += 1) {
    const due = await dueCount(page);
    expect(due).toBeGreaterThan(0);
    const front = await question.locator("p").first().textContent();
    await expect(answer).toBeHidden();
    await expect(ratings).toBeHidden();
    const before = await showAnswer.boundingBox();

    // Space flips the card: the answer, its evidence and the rating buttons appear in place.
    await page.keyboard.press("Space");
    await expect(answer).toBeVisible();
    await expect(ratings.getByRole("button", { name: /^Good/ })).toBeVisible();
    await expect(question.getByRole("link").first()).toHaveAttribute("href", /^\/sources\/[a-z0-9-]+\?q=.+#p\d+$/);
    const after = await ratings.boundingBox();
    expect(after?.y).toBe(before?.y);
    if (round === 0) {
      await expectNoSeriousA11yViolations(page);
      await expect(ratings.getByRole("button", { name: /^Good: again in 10 min$/ })).toBeVisible();
    }

    // 3 rates it Good: the card is due again in 10 minutes and the next card comes up.
    await page.keyboard.press("3");
    await expect(page.getByText(/Rated Good: you will see that card again in 10 min \(.+\)\./)).toBeVisible();
    await expect(page.getByText(`${due - 1} due now`)).toBeVisible();
    if (due > 1) await expect(question.locator("p").first()).not.toHaveText(front ?? "");
  }

  await page.keyboard.press("Space");
  await expect(answer).toBeVisible();
  await expectFitsNarrowScreen(page);
});

test("keys typed with a modifier do nothing", async ({ page }) => {
  await signIn(page, "ben@example.com", "sourced-learner");
  await page.goto("/flashcards");
  const answer = page.getByRole("heading", { name: "Answer" });
  await expect(page.getByRole("button", { name: "Show answer" })).toBeVisible();
  await page.keyboard.press("Shift+Space");
  await page.keyboard.press("Control+3");
  await expect(answer).toBeHidden();
});

test("a visitor starts studying as a guest and rates a card with the buttons", async ({ page }) => {
  await page.goto("/flashcards");
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Start studying" }).click();
  await expect(page.getByText("20 due now")).toBeVisible();
  await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByRole("heading", { name: "Answer" })).toBeFocused();
  await page
    .getByRole("group", { name: "How well did you remember it?" })
    .getByRole("button", { name: /^Easy/ })
    .click();
  await expect(page.getByText(/Rated Easy: you will see that card again in \d+ days \(.+\)\./)).toBeVisible();
  await expect(page.getByText("19 due now")).toBeVisible();
  await expect(page.getByRole("button", { name: "Show answer" })).toBeFocused();
});
