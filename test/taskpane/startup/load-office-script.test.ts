/** @jest-environment jsdom */
import { BROWSER_HOST, detectHost } from "../../../src/taskpane/host";
import {
  loadOfficeScript,
  looksInsideOffice,
  OFFICE_JS_URL,
} from "../../../src/taskpane/startup/load-office-script";

type OfficeGlobal = { Office?: unknown };

afterEach(() => {
  jest.useRealTimers();
  document.head.innerHTML = "";
  delete (globalThis as OfficeGlobal).Office;
});

const addedScript = (): HTMLScriptElement => {
  const script = document.head.querySelector("script");
  if (!script) throw new Error("no script added");
  return script;
};

describe("loading office.js without blocking the page", () => {
  it("adds an async script from Microsoft's CDN and reports when it loads", async () => {
    const { outcome, lateLoad } = loadOfficeScript(document, 5_000);
    expect(addedScript().src).toBe(OFFICE_JS_URL);
    expect(addedScript().async).toBe(true);
    addedScript().dispatchEvent(new Event("load"));
    await expect(outcome).resolves.toBe("loaded");
    await expect(lateLoad).resolves.toBeUndefined();
  });

  it("reports a blocked script as failed", async () => {
    const { outcome } = loadOfficeScript(document, 5_000);
    addedScript().dispatchEvent(new Event("error"));
    await expect(outcome).resolves.toBe("failed");
  });

  it("gives up after the timeout, and still says when the script arrives later", async () => {
    jest.useFakeTimers();
    const { outcome, lateLoad } = loadOfficeScript(document, 5_000);
    let late = false;
    void lateLoad.then(() => (late = true));
    jest.advanceTimersByTime(5_000);
    await expect(outcome).resolves.toBe("timeout");
    addedScript().dispatchEvent(new Event("load"));
    await lateLoad;
    expect(late).toBe(true);
  });

  it("waits longer only where Office opened the page", () => {
    expect(looksInsideOffice({ search: "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0", hash: "" })).toBe(true);
    expect(looksInsideOffice({ search: "", hash: "#_host_Info=Excel$Web$16.00" })).toBe(true);
    expect(looksInsideOffice({ search: "?lang=vi", hash: "" })).toBe(false);
  });
});

describe("detecting the host", () => {
  it("starts as the page outside Excel when office.js did not load", async () => {
    await expect(detectHost(Promise.resolve("failed"), 1_000)).resolves.toEqual(BROWSER_HOST);
    await expect(detectHost(Promise.resolve("timeout"), 1_000)).resolves.toEqual(BROWSER_HOST);
  });

  it("starts as the page outside Excel when Office never answers", async () => {
    (globalThis as OfficeGlobal).Office = { onReady: () => new Promise(() => undefined) };
    await expect(detectHost(Promise.resolve("loaded"), 20)).resolves.toEqual(BROWSER_HOST);
  });

  it("knows Excel when Office answers in time", async () => {
    (globalThis as OfficeGlobal).Office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#ffffff" } },
    };
    await expect(detectHost(Promise.resolve("loaded"), 1_000)).resolves.toEqual({
      kind: "excel",
      displayLanguage: "en-US",
      theme: "light",
    });
  });
});
