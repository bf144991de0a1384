import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..", "..");
export const DIST = join(ROOT, "dist");
const PAGE = join(DIST, "taskpane.html");
const LOCK = join(ROOT, "test-output", "e2e-build.lock");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A build older than the sources tests old code: say so (`npm run build` refreshes it). */
function warnIfStale(): void {
  const built = statSync(PAGE).mtimeMs;
  const sources = Math.max(newestMtime(join(ROOT, "src")), newestMtime(join(ROOT, "assets")));
  if (sources > built)
    console.warn("e2e: dist/ is older than src/; run `npm run build` to test the current code.");
}

/** webpack's ERROR paragraphs, else the end of what it printed. */
function buildErrors(error: unknown): string {
  const printed = ["stdout", "stderr"]
    .map((stream) =>
      typeof error === "object" && error !== null && stream in error
        ? String(Reflect.get(error, stream))
        : "",
    )
    .join("\n");
  const errors = printed.split(/\n(?=\S)/).filter((part) => part.startsWith("ERROR"));
  return (errors.length > 0 ? errors.join("\n") : printed || String(error)).slice(-4000);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The e2e tests run on the production build (`npm run build`). It is built here once when missing, so
 * `npm test` works from a clean clone; a lock keeps parallel test files from building at the same time.
 */
export async function ensureBuild(): Promise<void> {
  mkdirSync(join(ROOT, "test-output"), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than 5 minutes is left over from a killed run.
      const lock = statSync(LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 300_000) rmSync(LOCK, { force: true, recursive: true });
      await sleep(500);
    }
  }
  try {
    if (existsSync(PAGE)) {
      warnIfStale();
      return;
    }
    console.log("e2e: dist/taskpane.html is missing; building it with `npx webpack --mode production`…");
    try {
      execFileSync("npx", ["webpack", "--mode", "production"], {
        cwd: ROOT,
        stdio: "pipe",
        encoding: "utf8",
      });
    } catch (error) {
      throw new Error(`The production build failed, so the e2e tests cannot run:\n${buildErrors(error)}`);
    }
  } finally {
    rmSync(LOCK, { force: true, recursive: true });
  }
}
