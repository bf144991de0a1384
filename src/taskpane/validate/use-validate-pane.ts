import { useCallback, useMemo, useState } from "react";
import type { Campaign, Severity } from "../../core/campaign/model";
import { countBySeverity } from "../../core/findings/finding";
import { unreadableFile } from "../../core/validation/file-check";
import { BrowserHostError, isBrowserHost, type OpenedFile } from "../../hosts/browser";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { useBrowserState } from "../shared/browser-output";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import type { StatusText } from "../shared/LiveStatus";
import { useBusy } from "../shared/use-busy";
import { todaySerial } from "../../core/locale/clock";
import { checkActiveUnit, checkUnitSheets, markable, type UnitCheck } from "../../jobs/workbook-units";
import { filterFindings, findingItems, SEVERITIES, severityCounts, type FindingItem } from "./findings-view";

export type ValidateScope = "active" | "all";
export type ValidateAction = "run" | "mark" | "clear";

export interface ValidatePaneState {
  scope: ValidateScope;
  setScope: (scope: ValidateScope) => void;
  busy: ValidateAction | null;
  /** Null until the first run. */
  units: UnitCheck[] | null;
  visible: FindingItem[];
  severities: ReadonlySet<Severity>;
  toggleSeverity: (severity: Severity) => void;
  counts: Record<Severity, number>;
  unit: string;
  setUnit: (unit: string) => void;
  status: StatusText | null;
  notice: PaneNotice | null;
  dismissNotice: () => void;
  run: () => Promise<void>;
  select: (item: FindingItem) => Promise<void>;
  mark: () => Promise<void>;
  clear: () => Promise<void>;
  /** Outside Excel: the .xlsx files opened in the page (null in Excel). */
  files: readonly OpenedFile[] | null;
  /** Opens the files in the browser host and checks every opened file. */
  openFiles: (files: readonly File[]) => Promise<void>;
  closeFiles: () => void;
}

/**
 * Outside Excel each opened file is checked on its own, as `thidua check` and the Tổng hợp pane do: its unit
 * forms, or the whole file when it has none; a file that could not be read is reported as such.
 */
export function checkOpenedFiles(
  files: readonly OpenedFile[],
  campaign: Campaign,
  today: number,
): UnitCheck[] {
  return files.flatMap((file): UnitCheck[] => {
    if (!file.snapshot)
      return [
        {
          key: file.id,
          label: file.name,
          check: unreadableFile(file.name, file.problem?.reason ?? "corrupt", file.problem?.detail ?? ""),
        },
      ];
    const units = checkUnitSheets(file.snapshot, campaign, today);
    // Keys are unique across files: two files may both have a "Biểu mẫu" sheet.
    return units.map((u) => ({
      ...u,
      key: `${file.id}/${u.key}`,
      label: files.length === 1 ? u.label : `${u.label} (${file.name})`,
    }));
  });
}

export function useValidatePane(host: WorkbookHost, campaign: Campaign): ValidatePaneState {
  const [scope, setScope] = useState<ValidateScope>("active");
  const [units, setUnits] = useState<UnitCheck[] | null>(null);
  const [severities, setSeverities] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const [unit, setUnit] = useState("");
  const [status, setStatus] = useState<StatusText | null>(null);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const { busy, during } = useBusy<ValidateAction>();

  const items = useMemo(() => findingItems(units ?? []), [units]);
  const visible = useMemo(() => filterFindings(items, { severities, unit }), [items, severities, unit]);
  const counts = useMemo(() => severityCounts(items, unit), [items, unit]);

  const toggleSeverity = useCallback((severity: Severity) => {
    setSeverities((current) => {
      const next = new Set(current);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  }, []);

  const browserState = useBrowserState(host);

  /** Reads and checks: in Excel the chosen scope; outside Excel every opened file, each on its own. */
  const check = useCallback(
    async (open?: readonly File[]) => {
      setNotice(null);
      setStatus({ key: "validate.status.reading" });
      try {
        let checked: UnitCheck[];
        if (isBrowserHost(host)) {
          if (open) await host.openFiles(open);
          const { files } = host.getState();
          if (files.length === 0) throw new BrowserHostError("no-files");
          checked = checkOpenedFiles(files, campaign, todaySerial());
        } else {
          checked =
            scope === "active"
              ? (await checkActiveUnit(host, campaign, todaySerial())).units
              : checkUnitSheets(await host.readSnapshot("all"), campaign, todaySerial()).filter(
                  (u) => u.formSheet !== undefined,
                );
        }
        if (checked.length === 0) {
          setUnits(null);
          setStatus(null);
          setNotice({
            intent: "warning",
            title: scope === "active" ? "validate.noForm.active" : "validate.noForm.all",
            body: "validate.noForm.body",
          });
          return;
        }
        const total = countBySeverity(checked.flatMap((u) => u.check.findings));
        setUnits(checked);
        setUnit("");
        setStatus({
          key: "validate.status.done",
          params: {
            units: checked.length,
            errors: total.error,
            warnings: total.warning,
            infos: total.info,
          },
        });
      } catch (error) {
        setStatus(null);
        setNotice(errorNotice("validate.error.run", error));
      }
    },
    [host, scope, campaign],
  );

  const run = useCallback(() => during("run", () => check()), [during, check]);
  const openFiles = useCallback(
    (files: readonly File[]) => during("run", () => check(files)),
    [during, check],
  );
  const closeFiles = useCallback(() => {
    if (!isBrowserHost(host)) return;
    host.closeFiles();
    setUnits(null);
    setStatus(null);
    setNotice(null);
  }, [host]);

  const select = useCallback(
    async (item: FindingItem) => {
      const { sheet, cell } = item.finding;
      if (sheet === undefined || cell === undefined) return;
      try {
        await host.selectCell(sheet, cell);
      } catch (error) {
        setNotice(errorNotice("validate.error.select", error));
      }
    },
    [host],
  );

  const mark = useCallback(
    () =>
      during("mark", async () => {
        setNotice(null);
        try {
          const count = await host.markFindings(markable(visible.map((i) => i.finding)));
          setStatus({ key: "validate.status.marked", params: { count } });
        } catch (error) {
          setNotice(errorNotice("validate.error.mark", error));
        }
      }),
    [during, host, visible],
  );

  const clear = useCallback(
    () =>
      during("clear", async () => {
        setNotice(null);
        try {
          const count = await host.clearMarks();
          setStatus({ key: "validate.status.cleared", params: { count } });
        } catch (error) {
          setNotice(errorNotice("validate.error.clear", error));
        }
      }),
    [during, host],
  );

  return {
    scope,
    setScope,
    busy,
    units,
    visible,
    severities,
    toggleSeverity,
    counts,
    unit,
    setUnit,
    status,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    run,
    select,
    mark,
    clear,
    files: browserState?.files ?? null,
    openFiles,
    closeFiles,
  };
}
