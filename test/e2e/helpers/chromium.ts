import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

const INSTALL =
  "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set THIDUA_CHROMIUM to an installed Chrome " +
  'or Edge, e.g. THIDUA_CHROMIUM="C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" or ' +
  'THIDUA_CHROMIUM="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome".';

export const SKIPPED = `End-to-end tests skipped: no Chromium found. ${INSTALL}`;

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
 * `describe` when a browser is found. Without one the suite is skipped, saying how to install one, unless
 * THIDUA_REQUIRE_E2E=1 (CI, which installs Chromium): then the missing browser is a failure.
 */
export function describeE2E(name: string, body: (chromium: string) => void): void {
  const chromium = findChromium();
  if (chromium) {
    describe(name, () => body(chromium));
  } else if (process.env.THIDUA_REQUIRE_E2E === "1") {
    describe(name, () => {
      it("needs Chromium (THIDUA_REQUIRE_E2E=1)", () => {
        throw new Error(`THIDUA_REQUIRE_E2E=1, but no Chromium was found. ${INSTALL}`);
      });
    });
  } else {
    console.warn(SKIPPED);
    describe.skip(`${name} (${SKIPPED})`, () => body(""));
  }
}
