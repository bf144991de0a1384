import { DEFAULT_CAMPAIGN } from "../core/campaign/default-campaign";
import type { Campaign } from "../core/campaign/model";
import { applySettings, settingsFromRecord } from "../core/campaign/stored-settings";
import { campaignFromSnapshot, CRITERIA_SHEET_NAMES } from "../core/criteria/workbook/campaign-from-snapshot";
import { defaultCriteria, type CriteriaInForce } from "../core/criteria/workbook/criteria-in-force";
import { sheetNamedIn, snapshotOfSheets } from "../core/workbook-model/read-scope";
import type { WorkbookSnapshot } from "../core/workbook-model/snapshot";
import type { WorkbookHost } from "../hosts/workbook-host";

/**
 * The criteria in force for the workbook a door works on: in Excel, the open workbook's criteria sheets
 * when it holds them, else the built-in default; outside Excel (files opened in the page), the default.
 * The one place the task pane's panes and the ribbon commands get their criteria from.
 */
export async function loadCriteriaInForce(
  host: WorkbookHost,
  base: Campaign = DEFAULT_CAMPAIGN,
): Promise<CriteriaInForce> {
  if (host.kind !== "excel") return defaultCriteria(base);
  // Only the criteria sheets are read: the pane asks each time it gets the focus back, and the workbook
  // may hold a summary of thousands of rows beside them.
  return campaignFromSnapshot(await host.readSnapshot({ sheets: CRITERIA_SHEET_NAMES }), base);
}

/** The campaign a door works with: the criteria in force, with the settings stored in the workbook applied. */
export function withStoredSettings(criteria: CriteriaInForce, record: Record<string, string>): Campaign {
  return applySettings(criteria.campaign, settingsFromRecord(record, criteria.campaign));
}

/** For a one-click command: the criteria in force and the campaign with the workbook's settings. */
export async function campaignInForce(
  host: WorkbookHost,
): Promise<{ criteria: CriteriaInForce; campaign: Campaign }> {
  const record = await host.loadSettings();
  const criteria = await loadCriteriaInForce(host);
  return { criteria, campaign: withStoredSettings(criteria, record) };
}

/**
 * The host with its whole-workbook read made once, for a command that reads all of it anyway: its criteria
 * sheets and then its unit forms come from one read, not two.
 */
export function readingOnce(host: WorkbookHost): WorkbookHost {
  let all: Promise<WorkbookSnapshot> | undefined;
  return {
    kind: host.kind,
    readSnapshot: (scope) => {
      if (scope === "active") return host.readSnapshot(scope);
      all ??= host.readSnapshot("all");
      return scope === "all" ? all : all.then((s) => snapshotOfSheets(s, sheetNamedIn(scope.sheets)));
    },
    writeSheets: (...args) => host.writeSheets(...args),
    insertAtSelection: (section) => host.insertAtSelection(section),
    markFindings: (findings) => host.markFindings(findings),
    clearMarks: () => host.clearMarks(),
    selectCell: (sheet, cell) => host.selectCell(sheet, cell),
    openAsNewWorkbook: (bytes) => host.openAsNewWorkbook(bytes),
    loadSettings: () => host.loadSettings(),
    saveSettings: (settings) => host.saveSettings(settings),
  };
}
