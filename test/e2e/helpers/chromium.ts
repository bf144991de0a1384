import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

export const INSTALL_HINT =
  "End-to-end tests skipped: no Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) " +
  "or set THIDUA_CHROMIUM to an installed Chrome or Edge, e.g. " +
  'THIDUA_CHROMIUM="C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" or ' +
  'THIDUA_CHROMIUM="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome".';

/** The browser the e2e tests drive: THIDUA_CHROMIUM if set, else the usual Linux paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.THIDUA_CHROMIUM?.trim();
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`THIDUA_CHROMIUM is set to ${chosen}, which does not exist.`);
    return chosen;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * `describe` when a browser is found. Without one the suite is skipped with INSTALL_HINT, unless
 * THIDUA_REQUIRE_E2E=1 (CI, which installs Chromium): then the missing browser is a failure.
 */
export function describeE2E(name: string, body: (chromium: string) => void): void {
  const chromium = findChromium();
  if (chromium) {
    describe(name, () => body(chromium));
  } else if (process.env.THIDUA_REQUIRE_E2E === "1") {
    describe(name, () => {
      it("needs Chromium (THIDUA_REQUIRE_E2E=1)", () => {
        throw new Error(INSTALL_HINT.replace("End-to-end tests skipped: ", ""));
      });
    });
  } else {
    console.warn(INSTALL_HINT);
    describe.skip(`${name} (${INSTALL_HINT})`, () => body(""));
  }
}
