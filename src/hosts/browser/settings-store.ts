/**
 * Outside Excel there is no workbook to keep settings in, so they stay in this browser (localStorage),
 * or only in memory where storage is blocked. Nothing leaves the computer.
 */
export interface SettingsStore {
  load(): Record<string, string>;
  save(settings: Record<string, string>): void;
}

export const SETTINGS_KEY = "thidua.browser.settings";

function parse(text: string | null): Record<string, string> {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
  } catch {
    // Settings written by something else: start from the defaults rather than fail to open.
    return {};
  }
}

export function settingsStore(storage: Storage | null = defaultStorage()): SettingsStore {
  let memory: Record<string, string> = parse(storage?.getItem(SETTINGS_KEY) ?? null);
  return {
    load: () => ({ ...memory }),
    save: (settings) => {
      storage?.setItem(SETTINGS_KEY, JSON.stringify(settings));
      memory = { ...settings };
    },
  };
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Reading localStorage throws where the browser's policy blocks storage.
    return null;
  }
}
