import { expect, test } from "@playwright/test";
import { signIn } from "./support/accounts";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";
import { e2eDb } from "./support/db";
import { docScreenshot } from "./support/screenshot";

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
  await docScreenshot(page, "set-builder");

  // A finger drags the first question's handle onto the third card (touch screens fire no native drag).
  const before = (await e2eDb().questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map(
    (i) => i.questionId,
  );
  const cards = page.locator("li[data-index]");
  const handle = cards.nth(0).locator('[title="Drag to move"]');
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const target = (await cards.nth(2).boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 1 });
  const point = (x: number, y: number) => ({ touchPoints: [{ x, y }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", ...point(from.x + 4, from.y + 4) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", ...point(from.x + 4, target.y + 10) });
  await cdp.send("Input.dispatchTouchEvent", {
    type: "touchMove",
    ...point(target.x + target.width / 2, target.y + target.height / 2),
  });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect(page.getByRole("status").filter({ hasText: "Moved question 1 to position 3" })).toBeAttached();
  const after = (await e2eDb().questionSetItem.findMany({ where: { setId }, orderBy: { position: "asc" } })).map(
    (i) => i.questionId,
  );
  expect(after).toEqual([before[1], before[2], before[0], ...before.slice(3)]);
});
