// A teacher pastes an article of the form's full length (100,000 characters):
// it is read in a separate process, so the page ends in the article or in a
// clear message, never a server error, and the server keeps answering meanwhile.
// With LONG_PASTE_HEALTH_OUT set (bench/extract.ts --server), the health check's
// latencies, idle and during the import, are written there; nothing here is timed.
import { writeFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { benchText } from "../../bench/extract-text";
import { signIn } from "./support/accounts";

const TEACHER = { email: "teacher@example.com", password: "sourced-teacher" };

async function healthLatency(request: APIRequestContext): Promise<number> {
  const started = performance.now();
  const response = await request.get("/api/health", { headers: { "cache-control": "no-cache" } });
  expect(response.status()).toBe(200);
  return performance.now() - started;
}

test("a 100,000-character paste ends in the article or a clear message, and the server keeps answering", async ({
  page,
  request,
}) => {
  test.setTimeout(15 * 60_000);
  const text = benchText("repeated-dates", 100_000).join("\n\n").slice(0, 100_000).trim();
  await signIn(page, TEACHER.email, TEACHER.password);
  await page.goto("/teach/articles/new");
  await page.getByLabel("Headline").fill("Talks resume in Geneva");
  await page.getByLabel("Outlet").fill("Test Wire");
  await page.getByLabel("Published on").fill("2020-03-09");
  await page.getByLabel("Article text").fill(text);

  const idle: number[] = [];
  for (let i = 0; i < 40; i++) idle.push(await healthLatency(request));

  const statuses: number[] = [];
  page.on("response", (r) => {
    if (r.request().method() === "POST") statuses.push(r.status());
  });
  const started = performance.now();
  await page.getByRole("button", { name: "Add article and propose facts" }).click();
  // Whichever comes first; the other wait is abandoned (and its rejection at page close ignored).
  const stored = page
    .waitForURL(/\/teach\/articles\/(?!new$)[a-z0-9-]+$/, { timeout: 14 * 60_000 })
    .then(() => "stored" as const);
  const refused = expect(page.getByRole("main").getByRole("alert"))
    .toContainText(/nothing was saved|busy/i, { timeout: 14 * 60_000 })
    .then(() => "refused" as const);
  stored.catch(() => undefined);
  refused.catch(() => undefined);
  const done = Promise.race([stored, refused]);
  let outcome: "stored" | "refused" | undefined;
  void done.then((o) => (outcome = o));
  const during: number[] = [];
  while (outcome === undefined) during.push(await healthLatency(request));
  const importMs = performance.now() - started;

  expect(statuses.every((s) => s < 500)).toBe(true);
  if (outcome === "stored")
    await expect(page.getByRole("heading", { level: 1, name: "Talks resume in Geneva" })).toBeVisible();
  const out = process.env.LONG_PASTE_HEALTH_OUT;
  if (out) writeFileSync(out, JSON.stringify({ outcome, importMs, idle, during }));
});
