import { HostError, messageOf } from "./errors";
import type { RequestContextLike } from "./excel-api";
import type { DocumentSettings, OfficeEnv } from "./office-env";

/** Activates the sheet and selects the cell; a sheet that is gone is a HostError. Two syncs. */
export async function selectCellWith(
  context: RequestContextLike,
  sheet: string,
  cell: string,
): Promise<void> {
  const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
  await context.sync();
  if (ws.isNullObject) throw new HostError("sheet-missing", { sheet }, `There is no sheet "${sheet}"`);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** Base64 without Node's Buffer (the pane runs in a browser), in slices to keep apply() arguments small. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Excel.createWorkbook (ExcelApi 1.8) where the host has it, else "unsupported" (the pane offers a download). */
export async function openAsNewWorkbookWith(
  env: OfficeEnv,
  bytes: Uint8Array,
): Promise<"opened" | "unsupported"> {
  if (!env.createWorkbook || !env.isSetSupported("ExcelApi", "1.8")) return "unsupported";
  await env.createWorkbook(toBase64(bytes));
  return "opened";
}

/** All settings live under one key: Office's document settings cannot list their keys. */
export const SETTINGS_KEY = "thidua.settings";

/** The settings as saved in the document, read again so that another runtime's save is seen. */
export async function loadSettingsFrom(settings: DocumentSettings): Promise<Record<string, string>> {
  await settings.refresh();
  const stored = settings.get(SETTINGS_KEY);
  if (typeof stored !== "object" || stored === null) return {};
  return Object.fromEntries(
    Object.entries(stored).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

export async function saveSettingsTo(
  settings: DocumentSettings,
  values: Record<string, string>,
): Promise<void> {
  settings.set(SETTINGS_KEY, { ...values });
  try {
    await settings.save();
  } catch (error) {
    throw new HostError("settings-not-saved", {}, `Settings not saved: ${messageOf(error)}`, {
      cause: error,
    });
  }
}
