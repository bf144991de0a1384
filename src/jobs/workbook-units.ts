import type { Campaign } from "../core/campaign/model";
import type { ConsolidationInput } from "../core/consolidation/model";
import { checkedFile, type FileCheck } from "../core/validation/file-check";
import { checkWorkbook } from "../core/validation/validate";
import type { WorkbookSnapshot } from "../core/workbook-model/snapshot";
import type { GivenFile } from "./select-inputs";
import type { WorkbookHost } from "../hosts/workbook-host";
import { splitUnitSheets, type UnitSheets } from "../core/submission/split-sheets";

/** One unit's form found in a workbook, validated. */
export interface UnitCheck {
  /** Unique within one run: the form sheet, or the file name when the workbook holds one form. */
  key: string;
  /** The unit's roster name, else the name written in the form, else the sheet or file name. */
  label: string;
  /** Undefined when no sheet looked like a unit's form and the workbook was read whole. */
  formSheet?: string;
  check: FileCheck;
}

function checkUnit({ snapshot: part, formSheet }: UnitSheets, campaign: Campaign, today: number): UnitCheck {
  const result = checkWorkbook(part, campaign, { today });
  const written = result.submission.fields.unit_name;
  const writtenName = written?.status === "ok" ? String(written.value) : undefined;
  return {
    key: formSheet ?? part.fileName,
    formSheet,
    label: result.submission.unit?.name ?? writtenName ?? formSheet ?? part.fileName,
    check: checkedFile(part.fileName, result),
  };
}

export function checkUnitSheets(snapshot: WorkbookSnapshot, campaign: Campaign, today: number): UnitCheck[] {
  return splitUnitSheets(snapshot, campaign).map((unit) => checkUnit(unit, campaign, today));
}

/**
 * The unit whose form or table sheet is active, validated with all its sheets: a form read without its
 * tables and template record would report them missing. Empty when the active sheet belongs to no form.
 */
export async function checkActiveUnit(
  host: WorkbookHost,
  campaign: Campaign,
  today: number,
): Promise<{ activeSheet: string; units: UnitCheck[] }> {
  const activeSheet = (await host.readSnapshot("active")).sheets[0]?.name ?? "";
  const unit = splitUnitSheets(await host.readSnapshot("all"), campaign).find((u) =>
    u.unitSheets.includes(activeSheet),
  );
  return { activeSheet, units: unit ? [checkUnit(unit, campaign, today)] : [] };
}

/** The unit forms of the open workbook, ready to consolidate. */
export async function readWorkbookInputs(
  host: WorkbookHost,
  campaign: Campaign,
  today: number,
): Promise<UnitCheck[]> {
  return checkUnitSheets(await host.readSnapshot("all"), campaign, today);
}

export const toInputs = (checks: UnitCheck[]): ConsolidationInput[] => checks.map(({ check }) => ({ check }));

/** The unit forms of a workbook as files given to the selection rule, each named by its key. */
export const unitFiles = (checks: UnitCheck[]): GivenFile[] =>
  checks.map(({ key, check }) => ({ name: key, input: { check } }));
