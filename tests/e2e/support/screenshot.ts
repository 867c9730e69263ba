import type { Locator, Page } from "@playwright/test";

/** With DOC_SCREENSHOTS=1, saves the README's screenshots from the journeys that reach those states. */
export async function docScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (!process.env.DOC_SCREENSHOTS) return;
  await target.screenshot({ path: `docs/screenshots/${name}.png`, animations: "disabled" });
}
