import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./build";

export const OUTPUT_DIR = join(ROOT, "test-output", "e2e");
const README_IMAGES = join(ROOT, "docs", "images");

/** Saves the whole page under test-output/e2e/NAME.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const path = join(OUTPUT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled", caret: "hide" });
  return path;
}

/** Copies a screenshot into docs/images/ for the README. */
export function publish(path: string, name: string): void {
  mkdirSync(README_IMAGES, { recursive: true });
  copyFileSync(path, join(README_IMAGES, name));
}
