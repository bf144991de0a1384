import { consolidationSummary } from "../core/consolidation";
import type { Lang } from "../core/locale/lang";
import type { WorkbookHost } from "../hosts/workbook-host";
import { makeT } from "../i18n/ui-text";
import { todaySerial } from "../core/locale/clock";
import { sheetsWithRowsLeftOut } from "../core/workbook-model/plan";
import { consolidateFiles, summaryPlan } from "../jobs/consolidate-files";
import { readWorkbookInputs, unitFiles } from "../jobs/workbook-units";
import { campaignInForce, readingOnce } from "../jobs/criteria-in-force";
import type { CommandReport } from "./command-report";
import { criteriaLine } from "./criteria-line";

/** A one-click command cannot ask: existing summary sheets are kept and the new ones get new names. */
const KEEP_EXISTING = (): Promise<boolean> => Promise.resolve(false);

/** Tổng hợp: consolidates the unit forms in the open workbook into new summary sheets, for the latest year. */
export async function consolidateWorkbook(workbook: WorkbookHost, lang: Lang): Promise<CommandReport> {
  const t = makeT(lang);
  // The open workbook's own criteria sheets when it holds them, else the built-in criteria; one read.
  const host = readingOnce(workbook);
  const { criteria, campaign } = await campaignInForce(host);
  const units = await readWorkbookInputs(host, campaign, todaySerial());
  if (units.every((u) => u.formSheet === undefined)) {
    return {
      ok: false,
      title: t("command.consolidate.noForms"),
      message: t("command.consolidate.noForms.body"),
    };
  }
  const { result } = consolidateFiles(unitFiles(units), campaign, { lang });
  const year = result.reviewYear;
  const plan = summaryPlan(result, campaign);
  const written = await host.writeSheets(plan, KEEP_EXISTING);
  const cut = sheetsWithRowsLeftOut(plan, written).map((s) => s.sheet);
  const summary = consolidationSummary(result);
  const names = (codes: string[]): string => (codes.length === 0 ? "—" : codes.join(", "));
  return {
    ok: summary.withErrors === 0,
    title: t("command.consolidate.done", { year }),
    message:
      t("command.consolidate.body", {
        received: summary.received,
        expected: summary.expected,
        valid: summary.valid,
        withErrors: summary.withErrors,
        missing: names(summary.missing),
        duplicates: names(summary.duplicates),
        count: written.length,
        sheets: written.join(", "),
      }) +
      (cut.length > 0 ? ` ${t("command.consolidate.rowsLeftOut", { cut: cut.join(", ") })}` : "") +
      criteriaLine(criteria, t),
  };
}
