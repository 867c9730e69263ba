import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/db";

const TEACHER = { email: "teacher@example.com", password: "sourced-teacher" };

test("a teacher fills a set to the mix they choose, and a bad number adds nothing", async ({ page }) => {
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto("/teach/sets/new");
  await page.getByLabel("Title").fill(`Blueprint ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create set" }).click();
  await expect(page.getByRole("heading", { name: "Fill to a blueprint" })).toBeVisible();
  const setId = new URL(page.url()).pathname.split("/").pop()!;
  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  const form = page.locator("form", { has: page.getByLabel("Questions to add") });
  await form.getByLabel("Questions to add").fill("0");
  await form.getByRole("button", { name: "Add questions to this mix" }).click();
  await expect(form.getByText("Ask for at least 1 question.")).toBeVisible();
  expect(await e2eDb().questionSetItem.count({ where: { setId } })).toBe(0);

  // No true/false at all, the rest as the blueprint says.
  await form.getByLabel("Questions to add").fill("8");
  await form.getByLabel("True or false").fill("0");
  await form.getByRole("button", { name: "Add questions to this mix" }).click();
  await expect(form.getByRole("status")).toContainText("Added 8 questions.");
  await expect(form.getByRole("status")).toContainText("Mix:");
  const items = await e2eDb().questionSetItem.findMany({ where: { setId }, include: { question: true } });
  expect(items).toHaveLength(8);
  expect(items.filter((i) => i.question.kind === "true-false")).toHaveLength(0);
  await expect(page.getByRole("heading", { name: "Questions in this set" })).toBeVisible();
  await expect(page.getByText("8 questions", { exact: true })).toBeVisible();
});
