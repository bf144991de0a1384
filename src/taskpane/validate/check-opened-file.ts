import type { Campaign } from "../../core/campaign/model";
import { unreadableFile } from "../../core/validation/file-check";
import type { OpenedFile } from "../../hosts/browser";
import { checkUnitSheets, type UnitCheck } from "../../jobs/workbook-units";

/**
 * A file opened outside Excel, checked on its own as `thidua validate` checks it: its unit forms, or the
 * whole file when it has none; a file that could not be read is one entry saying why.
 */
export function checkOpenedFile(file: OpenedFile, campaign: Campaign, today: number): UnitCheck[] {
  if (!file.snapshot)
    return [
      {
        key: file.name,
        label: file.name,
        check: unreadableFile(file.name, file.problem?.reason ?? "corrupt", file.problem?.detail ?? ""),
      },
    ];
  return checkUnitSheets(file.snapshot, campaign, today);
}

/** The bytes could not be had at all (not a bad workbook): the file changed or went away since it was picked. */
export function couldNotLoad(file: OpenedFile): boolean {
  return file.problem?.reason === "not-found";
}
