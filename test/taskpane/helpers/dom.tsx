import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

let mounted: { root: Root; container: HTMLElement }[] = [];

export function mount(element: ReactElement): Mounted {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  act(() => root.render(element));
  mounted.push({ root, container });
  return { container, unmount: () => act(() => root.unmount()) };
}

/** Mounts and lets the effects' first promises (the workbook's settings being read) settle. */
export async function mountSettled(element: ReactElement): Promise<Mounted> {
  const result = mount(element);
  await settle();
  return result;
}

/** Unmounts everything mounted by the test (call in afterEach). */
export function cleanup(): void {
  for (const { root, container } of mounted) {
    act(() => root.unmount());
    container.remove();
  }
  mounted = [];
  document.body.replaceChildren();
}

/** Lets pending promises and timers run inside act(). */
export async function settle(ms = 0): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await settle(10);
  }
}

const text = (el: Element): string => (el.textContent ?? "").replace(/\s+/g, " ").trim();

/** The element matching selector whose text is (or, with partial, contains) the given text. */
export function getByText<E extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  wanted: string,
  partial = false,
): E {
  const found = [...root.querySelectorAll<E>(selector)].find((el) =>
    partial ? text(el).includes(wanted) : text(el) === wanted,
  );
  if (!found) throw new Error(`no ${selector} with text “${wanted}”`);
  return found;
}

export function queryByText(root: ParentNode, selector: string, wanted: string): Element | undefined {
  return [...root.querySelectorAll(selector)].find((el) => text(el) === wanted);
}

export const button = (root: ParentNode, name: string): HTMLButtonElement =>
  getByText<HTMLButtonElement>(root, "button", name);

export function click(element: Element): void {
  act(() => (element as HTMLElement).click());
}

/** The form control whose label (a <label> pointing at it) has this text. */
export function byLabel<E extends HTMLElement>(root: ParentNode, label: string): E {
  const found = [...root.querySelectorAll<HTMLLabelElement>("label")].find((l) => text(l) === label);
  const control = found?.htmlFor ? document.getElementById(found.htmlFor) : found?.querySelector("input");
  if (!control) throw new Error(`no control labelled “${label}”`);
  return control as E;
}

export function chooseOption(select: HTMLSelectElement, value: string): void {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/** Types into a React-controlled input: the value goes through the native setter so React sees a change. */
export function typeInto(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

export function pickFiles(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, "files", { value: files, configurable: true });
  act(() => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

export function pressKey(element: Element, key: string): void {
  act(() => {
    element.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  });
}

export const textOf = text;

/** Runs a hook in a component that renders nothing: the pane's logic without its view. */
export function renderHook<T>(hook: () => T): { current: () => T } {
  let latest: T | undefined;
  function Probe(): null {
    latest = hook();
    return null;
  }
  mount(<Probe />);
  return {
    current: () => {
      if (latest === undefined) throw new Error("the hook has not run");
      return latest;
    },
  };
}
