import { isTabId, type TabId } from "./tabs";

// A ribbon command runs in its own page (the function file), so it asks the task pane for a tab
// through localStorage, which both pages share because they come from the same origin.
const KEY = "thidua.requestedTab";

/** Office on the web partitions storage; Office asks add-ins to prefix their keys with the partition key. */
function storageKey(): string {
  const partition = typeof Office === "undefined" ? undefined : Office.context?.partitionKey;
  return `${partition ?? ""}${KEY}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked by browser policy; the pane then simply opens on its first tab.
    return null;
  }
}

export function requestTab(tab: TabId): void {
  storage()?.setItem(storageKey(), tab);
}

/** The tab a command asked for, if any; the request is used up. */
export function takeRequestedTab(): TabId | null {
  const store = storage();
  const value = store?.getItem(storageKey()) ?? null;
  store?.removeItem(storageKey());
  return isTabId(value) ? value : null;
}

/** Calls listener when a command in another page asks for a tab. Returns the unsubscribe function. */
export function onTabRequested(listener: (tab: TabId) => void): () => void {
  const handle = (event: StorageEvent): void => {
    if (event.key !== storageKey()) return;
    const tab = takeRequestedTab();
    if (tab) listener(tab);
  };
  window.addEventListener("storage", handle);
  return () => window.removeEventListener("storage", handle);
}
