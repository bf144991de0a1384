/** @jest-environment jsdom */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import { BROWSER_HOST, detectHost, type HostInfo } from "../../src/taskpane/host";
import { requestTab } from "../../src/jobs/tab-request";

// Tells React that this test drives updates through act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  jest.restoreAllMocks();
  act(() => root.unmount());
  container.remove();
  localStorage.clear();
});

/** Renders and lets the workbook's settings, read when the pane opens, arrive. */
async function render(host: HostInfo = BROWSER_HOST): Promise<void> {
  act(() => root.render(<App host={host} />));
  await loaded();
}

/** Lets pending work finish: the settings being read, a pane's code arriving when its tab is first opened. */
const loaded = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const tabs = (): HTMLElement[] => [...container.querySelectorAll<HTMLElement>('[role="tab"]')];
// A Fluent Tab repeats its label in a hidden span that reserves room for the bold selected state.
const tabNames = (): string[] =>
  tabs().map((tab) => tab.querySelector(".fui-Tab__content")?.textContent ?? "");
const panel = (): HTMLElement => {
  // Every pane stays mounted so its results survive a tab switch; only the selected one is shown.
  const element = container.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
  if (!element) throw new Error("no tab panel");
  return element;
};
const button = (name: string): HTMLButtonElement => {
  const found = [...container.querySelectorAll<HTMLButtonElement>("button")].find(
    (b) => b.getAttribute("aria-label") === name || b.textContent === name,
  );
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};

describe("App outside Excel", () => {
  it("starts without Office and says so in a banner", async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    const host = await detectHost(Promise.resolve("failed"), 1000);
    expect(host).toEqual(BROWSER_HOST);
    await render(host);
    expect(container.textContent).toContain("Ngoài Excel:");
  });

  it("shows four tabs in Vietnamese, the first one selected, and settings as a button beside them", async () => {
    await render();
    expect(tabNames()).toEqual(["Kiểm tra", "Tổng hợp", "Báo cáo", "Biểu mẫu"]);
    expect(tabs()[0].getAttribute("aria-selected")).toBe("true");
    expect(container.querySelector('[role="tablist"]')?.getAttribute("aria-label")).toBe("Chức năng");
  });

  it("has landmarks, the brand in the footer, and a tab panel labelled by its tab", async () => {
    await render();
    expect(container.querySelector("main")).not.toBeNull();
    expect(container.querySelector("footer")?.textContent).toContain("Thi đua – Vì người nghèo");
    expect(container.querySelector("h1")?.textContent).toBe("Thi đua – Vì người nghèo · Kiểm tra");
    // No heading inside the pane repeats the tab's name.
    expect(panel().querySelector("h2")).toBeNull();
    expect(panel().getAttribute("aria-labelledby")).toBe("tab-validate");
    expect(document.getElementById("tab-validate")?.getAttribute("aria-controls")).toBe("panel-validate");
    expect(panel().tabIndex).toBe(0);
  });

  it("switches tab on click and describes what the tab will do", async () => {
    await render();
    act(() => tabs()[1].click());
    expect(tabs()[1].getAttribute("aria-selected")).toBe("true");
    expect(panel().id).toBe("panel-consolidate");
    await loaded();
    expect(panel().querySelector('input[type="file"]')).not.toBeNull();
    expect(panel().textContent).toContain("Tổng hợp biểu mẫu của các đơn vị");
    expect(container.querySelectorAll('[role="tabpanel"]:not([hidden])')).toHaveLength(1);
    expect(container.querySelectorAll('[role="tabpanel"]')).toHaveLength(5);
  });

  it("opens Cài đặt from the button beside the tabs: no tab selected, the panel named by the button", async () => {
    await render();
    act(() => button("Cài đặt").click());
    await loaded();
    expect(panel().id).toBe("panel-settings");
    expect(panel().getAttribute("aria-label")).toBe("Cài đặt");
    expect(tabs().filter((tab) => tab.getAttribute("aria-selected") === "true")).toEqual([]);
    expect(button("Cài đặt").getAttribute("aria-pressed")).toBe("true");
    act(() => tabs()[0].click());
    expect(panel().id).toBe("panel-validate");
    expect(button("Cài đặt").getAttribute("aria-pressed")).toBe("false");
  });

  it("hides the outside-Excel line when dismissed", async () => {
    await render();
    act(() => button("Ẩn thông báo").click());
    expect(container.textContent).not.toContain("Ngoài Excel:");
  });

  it("moves between tabs with the arrow keys", async () => {
    // Fluent's focus manager (tabster) skips elements that look unlaid-out, as everything is in jsdom:
    // give the body a size and every element an offsetParent.
    jest.spyOn(document.body, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 320, 600));
    jest.spyOn(HTMLElement.prototype, "offsetParent", "get").mockImplementation(function (this: HTMLElement) {
      return this.parentElement;
    });
    await render();
    act(() => tabs()[0].focus());
    // tabster sets up its arrow-key groups, and handles keys, asynchronously.
    const settle = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));
    await settle();
    tabs()[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    await settle();
    expect(document.activeElement).toBe(tabs()[1]);
    await loaded();
  });

  it("switches language to English and back", async () => {
    await render();
    act(() => button("Ngôn ngữ: English").click());
    expect(tabNames()).toEqual(["Validate", "Consolidate", "Report", "Template"]);
    expect(container.textContent).toContain("Outside Excel:");
    expect(document.documentElement.lang).toBe("en");
    act(() => button("Language: Tiếng Việt").click());
    expect(tabNames()[0]).toBe("Kiểm tra");
    expect(document.documentElement.lang).toBe("vi");
  });

  it("opens on the tab a ribbon command asks for", async () => {
    await render();
    act(() => {
      requestTab("report");
      window.dispatchEvent(new StorageEvent("storage", { key: "thidua.requestedTab" }));
    });
    expect(panel().id).toBe("panel-report");
    expect(localStorage.length).toBe(0);
    await loaded();
  });
});

describe("App in Excel", () => {
  it("shows no banner and follows Office's language", async () => {
    await render({ kind: "excel", displayLanguage: "en-US", theme: "dark" });
    expect(container.textContent).not.toContain("Outside Excel:");
    expect(tabNames()[0]).toBe("Validate");
  });

  it("falls back to Vietnamese for a language it does not have", async () => {
    await render({ kind: "excel", displayLanguage: "fr-FR", theme: "light" });
    expect(tabNames()[0]).toBe("Kiểm tra");
  });
});
