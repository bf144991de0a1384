import type { Lang } from "../core/locale/lang";
import { countBySeverity } from "../core/findings/finding";
import type { WorkbookHost } from "../hosts/workbook-host";
import { makeT } from "../i18n/ui-text";
import { todaySerial } from "../core/locale/clock";
import { markable } from "../core/findings/markable";
import { checkActiveUnit } from "../jobs/workbook-units";
import { campaignInForce, readingOnce } from "../jobs/criteria-in-force";
import type { CommandReport } from "./command-report";
import { criteriaLine } from "./criteria-line";

/** Kiểm tra: validates the unit form on the active sheet (with its table sheets) and marks the findings' cells. */
export async function validateActiveSheet(workbook: WorkbookHost, lang: Lang): Promise<CommandReport> {
  const t = makeT(lang);
  // The open workbook's own criteria sheets when it holds them, else the built-in criteria; one read.
  const host = readingOnce(workbook);
  const { criteria, campaign } = await campaignInForce(host);
  const { activeSheet, units } = await checkActiveUnit(host, campaign, todaySerial());
  if (units.length === 0) {
    return { ok: false, title: t("command.validate.noForm"), message: t("command.validate.noForm.body") };
  }
  const findings = units.flatMap((u) => u.check.findings);
  const marked = await host.markFindings(markable(findings));
  const counts = countBySeverity(findings);
  return {
    ok: counts.error === 0,
    title: t(counts.error === 0 ? "command.validate.clean" : "command.validate.errors"),
    message:
      t("command.validate.body", {
        sheet: activeSheet,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
        marked,
      }) + criteriaLine(criteria, t),
  };
}
