import type { ScriptOutcome } from "./startup/load-office-script";

export type HostKind = "excel" | "other-office" | "browser";

export interface HostInfo {
  readonly kind: HostKind;
  /** Office's UI language, e.g. "vi-VN"; undefined outside Office. */
  readonly displayLanguage?: string;
  readonly theme: "light" | "dark";
}

export const BROWSER_HOST: HostInfo = { kind: "browser", theme: "light" };

function isDark(hexColor: string | undefined): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hexColor ?? "");
  if (!match) return false;
  const n = parseInt(match[1], 16);
  const luminance = (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
  return luminance < 0.5;
}

function officeTheme(): "light" | "dark" {
  try {
    // officeTheme is missing on Excel on the web and throws on some older clients.
    return isDark(Office.context.officeTheme?.bodyBackgroundColor) ? "dark" : "light";
  } catch {
    return "light";
  }
}

/** Resolves with undefined when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Waits for Office when office.js has loaded; answers "browser" when it has not (no network, a proxy that
 * blocks it, or the page opened directly) or when Office does not answer within `readyTimeoutMs`, so the
 * page always starts.
 */
export async function detectHost(script: Promise<ScriptOutcome>, readyTimeoutMs: number): Promise<HostInfo> {
  if ((await script) !== "loaded" || typeof Office === "undefined") return BROWSER_HOST;
  const info = await within(Office.onReady(), readyTimeoutMs);
  if (!info || info.host === null || info.host === undefined) return BROWSER_HOST;
  return {
    kind: info.host === Office.HostType.Excel ? "excel" : "other-office",
    displayLanguage: Office.context.displayLanguage,
    theme: officeTheme(),
  };
}
