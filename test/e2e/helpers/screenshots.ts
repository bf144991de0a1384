import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./build";

export const OUTPUT_DIR = join(ROOT, "test-output", "e2e");
const README_IMAGES = join(ROOT, "docs", "images");
const MARGIN = 12;

function pathFor(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, `${name}.png`);
}

/** Saves the whole page under test-output/e2e/NAME.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = pathFor(name);
  await page.screenshot({ path, fullPage: true, animations: "disabled", caret: "hide" });
  return path;
}

/** Saves the part of the page from the first element's top to the last one's bottom, full width. */
export async function screenshotBetween(
  page: Page,
  name: string,
  first: Locator,
  last: Locator,
): Promise<string> {
  const [top, bottom] = await Promise.all([first.boundingBox(), last.boundingBox()]);
  if (!top || !bottom) throw new Error(`${name}: the elements to photograph are not shown`);
  // Bounding boxes are relative to the viewport; a full-page clip is relative to the page.
  const scrollY = await page.evaluate(() => window.scrollY);
  const y = Math.max(0, top.y + scrollY - MARGIN);
  const width = page.viewportSize()?.width ?? 480;
  const path = pathFor(name);
  await page.screenshot({
    path,
    fullPage: true,
    animations: "disabled",
    caret: "hide",
    clip: { x: 0, y, width, height: bottom.y + scrollY + bottom.height + MARGIN - y },
  });
  return path;
}

/**
 * Copies a screenshot into docs/images/ for the README, when THIDUA_README_IMAGES=1 asks for it: a run of
 * the tests must not change tracked files (each drawing differs from the last by a few pixels).
 */
export function publish(path: string, name: string): void {
  if (process.env.THIDUA_README_IMAGES !== "1") return;
  mkdirSync(README_IMAGES, { recursive: true });
  copyFileSync(path, join(README_IMAGES, name));
}
