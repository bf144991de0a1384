import type { Lang } from "../core/locale/lang";
import { describeNotice, type HostNotice } from "../hosts/office/notices";
import type { WorkbookHost } from "../hosts/workbook-host";
import { langFromLocale } from "../i18n/ui-text";
import { requestTab } from "../jobs/tab-request";
import { failureReport, type CommandReport, type CommandTab } from "./command-report";
import { workbookHost } from "./host-factory";
import { showNoticeDialog } from "./notice-dialog";

export type CommandJob = (host: WorkbookHost, lang: Lang) => Promise<CommandReport>;

export interface CommandOutcome {
  report: CommandReport;
  /** Whether the notice dialog could be shown (it cannot where the Dialog API is missing). */
  shown: boolean;
}

function officeLang(): Lang {
  try {
    return langFromLocale(Office.context.displayLanguage);
  } catch {
    return "vi";
  }
}

/**
 * Runs a ribbon command and tells the user the result in the notice dialog. Office waits for
 * event.completed() before it runs the button again, so it is called whatever happens, after the dialog
 * is closed. The pane is asked to open on the command's tab, where the details are.
 */
export async function runCommand(
  tab: CommandTab,
  event: Office.AddinCommands.Event,
  job: CommandJob,
): Promise<CommandOutcome> {
  const lang = officeLang();
  try {
    const skipped: HostNotice[] = [];
    let report: CommandReport;
    try {
      report = await job(await workbookHost((notice) => skipped.push(notice)), lang);
    } catch (error) {
      report = failureReport(tab, lang, error);
    }
    if (skipped.length > 0) {
      report = {
        ...report,
        message: [report.message, ...skipped.map((n) => describeNotice(n, lang))].join(" "),
      };
    }
    requestTab(tab);
    // The dialog is a command's only voice. Where none can be shown (no Dialog API, another dialog open),
    // a result is still visible in the workbook (marks, new sheets), but a failure goes unexplained.
    const shown = await Promise.resolve({ tab, lang, title: report.title, message: report.message })
      .then(showNoticeDialog)
      .catch(() => false);
    return { report, shown };
  } finally {
    event.completed();
  }
}
