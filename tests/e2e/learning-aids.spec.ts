import { expect, test } from "@playwright/test";
import { expectFitsNarrowScreen, expectNoSeriousA11yViolations } from "./support/axe";

test("the learning aids index links both aids", async ({ page }) => {
  await page.goto("/learn");
  await expect(page.getByRole("heading", { level: 1, name: "Learning aids" })).toBeVisible();
  await page.getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL("/learn/timeline");
  await page.goto("/learn");
  await page.getByRole("link", { name: "Who backs whom" }).click();
  await expect(page).toHaveURL("/learn/sides");
  await page.goto("/learn");
  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);
});

test("the timeline lists the meetings and events in date order, each date as exact as the articles", async ({
  page,
}) => {
  await page.goto("/learn/timeline");
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  const timeline = page.getByRole("main").getByRole("list").first();
  await expect(timeline.locator('time[datetime="2018-09-17"]')).toHaveText("17 September 2018");
  await expect(timeline.locator('time[datetime="2020-02"]')).toHaveText("February 2020");
  await expect(page.getByRole("heading", { level: 3, name: "Three-way summit in Tehran" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Bilateral talks in Moscow (planned)" })).toBeVisible();

  const starts = await timeline
    .locator("time")
    .evaluateAll((times) => times.map((t) => `${t.getAttribute("datetime")}-01-01`.slice(0, 10)));
  expect(starts.length).toBeGreaterThan(5);
  expect([...starts].sort()).toEqual(starts);

  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);
});

test("a timeline quote opens the reader with the words highlighted", async ({ page }) => {
  await page.goto("/learn/timeline");
  const tehran = page.getByRole("article", { name: "Three-way summit in Tehran" });
  const quote = (await tehran.locator("blockquote").first().innerText()).replace(/^“|”$/g, "");
  await tehran
    .getByRole("link", { name: /passage \d+$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\?q=.+#p\d+$/);
  await expect(page.locator("mark").first()).toHaveText(quote);
});

test("the sides page shows who backs whom as a diagram and as a list with sources", async ({ page }) => {
  await page.goto("/learn/sides");
  await expect(page.getByRole("heading", { level: 1, name: "Who backs whom" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Side 1: Syrian government and Bashar al-Assad" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Side 2: Syrian rebels" })).toBeVisible();
  // The picture is for the eye; the list says the same to everyone.
  await expect(page.getByRole("figure").locator('[aria-hidden="true"]').first()).toContainText("Turkey");
  const turkey = page.locator("#edge-turkey-backs-rebels");
  await expect(turkey).toContainText("Turkey backs Syrian rebels — “backs opposition fighters”");

  await expectNoSeriousA11yViolations(page);
  await expectFitsNarrowScreen(page);

  await turkey
    .getByRole("link", { name: /passage \d+$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\?q=.+#p\d+$/);
  await expect(page.locator("mark").first()).toContainText("Turkey");
});

test("a phrasing in the diagram leads to its link in the list", async ({ page }) => {
  await page.goto("/learn/sides");
  await page.getByRole("figure").getByText("“backs opposition fighters”").click();
  await expect(page).toHaveURL(/#edge-turkey-backs-rebels$/);
});

test("Quiz me on this starts a short quiz on that fact", async ({ page }) => {
  await page.goto("/learn/sides");
  await page.getByRole("button", { name: "Quiz me on this: Turkey backs Syrian rebels" }).click();
  await expect(page).toHaveURL(/\/quiz\/[A-Za-z0-9_-]+$/);
  await expect(page.getByText(/Question 1 of [1-5]$/)).toBeVisible();
});

test("a fact without questions gets a clear message, not a broken quiz", async ({ page }) => {
  await page.goto("/learn/timeline");
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("button", { name: /^Quiz me on this/ }) })
    .first();
  // As if the fact's questions were all hidden between loading the page and pressing the button.
  await form
    .locator('input[name="factId"]')
    .evaluate((input) => input.setAttribute("value", "a-fact-with-no-questions"));
  await form.getByRole("button").click();
  await expect(form.getByRole("alert")).toContainText("There are no questions on this fact yet");
  await expect(page).toHaveURL("/learn/timeline");
});
