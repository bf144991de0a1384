/** Microsoft's CDN is the only place office.js may come from. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** How long to wait for office.js before starting as the page outside Excel. */
export const OFFICE_TIMEOUT_MS = { insideOffice: 30_000, elsewhere: 5_000 } as const;

export type ScriptOutcome = "loaded" | "failed" | "timeout";

/**
 * Office opens an add-in's page with `_host_Info` in its address; a page opened directly has none, so it
 * need not wait long for an office.js that will not help it.
 */
export function looksInsideOffice(location: Pick<Location, "search" | "hash">): boolean {
  return /[?&#]_host_Info=/i.test(`${location.search}${location.hash}`);
}

export interface LoadedScript {
  /** Settles with the first of: loaded, failed, or the timeout. */
  readonly outcome: Promise<ScriptOutcome>;
  /** Settles when the script has loaded, even after the timeout (a slow proxy), or never. */
  readonly lateLoad: Promise<void>;
}

/**
 * Adds office.js without blocking the page: the page renders its loading state at once and starts as the
 * page outside Excel when office.js is slow or blocked (common behind an office proxy).
 */
export function loadOfficeScript(doc: Document, timeoutMs: number, src = OFFICE_JS_URL): LoadedScript {
  const script = doc.createElement("script");
  script.src = src;
  script.async = true;
  let markLoaded: () => void = () => undefined;
  const lateLoad = new Promise<void>((resolve) => (markLoaded = resolve));
  const outcome = new Promise<ScriptOutcome>((resolve) => {
    const timer = setTimeout(() => resolve("timeout"), timeoutMs);
    script.addEventListener("load", () => {
      clearTimeout(timer);
      markLoaded();
      resolve("loaded");
    });
    script.addEventListener("error", () => {
      clearTimeout(timer);
      resolve("failed");
    });
  });
  doc.head.appendChild(script);
  return { outcome, lateLoad };
}
