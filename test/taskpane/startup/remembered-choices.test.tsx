/** @jest-environment jsdom */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { createBrowserHost } from "../../../src/hosts/browser";
import { App } from "../../../src/taskpane/App";
import { BROWSER_HOST } from "../../../src/taskpane/host";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  localStorage.clear();
});

const settle = (): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function openPane(): Promise<void> {
  act(() => root.render(<App host={BROWSER_HOST} workbook={createBrowserHost({ storage: localStorage })} />));
  await settle();
}

const selectedTab = (): string | null | undefined =>
  container.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute("id");

const click = async (element: Element | null | undefined): Promise<void> => {
  if (!(element instanceof HTMLElement)) throw new Error("nothing to click");
  act(() => element.click());
  await settle();
};

describe("the pane remembers the clerk's language and last tab outside Excel", () => {
  it("reopens in the language and on the tab chosen last time", async () => {
    await openPane();
    expect(selectedTab()).toBe("tab-validate");
    await click(container.querySelector("#tab-consolidate"));
    await click(container.querySelector('footer button[lang="en"]'));
    expect(document.documentElement.lang).toBe("en");

    act(() => root.unmount());
    root = createRoot(container);
    document.documentElement.lang = "vi";
    await openPane();
    expect(selectedTab()).toBe("tab-consolidate");
    expect(document.documentElement.lang).toBe("en");
    expect(container.querySelector("#tab-consolidate")?.textContent).toContain("Consolidate");
  });

  it("opens on the first tab in Vietnamese the first time", async () => {
    await openPane();
    expect(selectedTab()).toBe("tab-validate");
    expect(document.documentElement.lang).toBe("vi");
  });
});
