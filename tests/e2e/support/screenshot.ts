import type { Locator, Page } from "@playwright/test";

/**
 * With DOC_SCREENSHOTS=1, saves the README's screenshots from the journeys that reach
 * those states: `<name>.png` in the light scheme and `<name>-dark.png` in the dark one.
 */
export async function docScreenshot(target: Page | Locator, name: string): Promise<void> {
  if (!process.env.DOC_SCREENSHOTS) return;
  const page = "page" in target ? target.page() : target;
  await target.screenshot({ path: `docs/screenshots/${name}.png`, animations: "disabled" });
  await page.emulateMedia({ colorScheme: "dark" });
  await target.screenshot({ path: `docs/screenshots/${name}-dark.png`, animations: "disabled" });
  await page.emulateMedia({ colorScheme: "light" });
}
