import { useCallback, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import { buildCriteriaPlan } from "../../core/criteria/workbook/write-criteria";
import { buildTemplatePlan } from "../../core/template/build-template";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { download as downloadFile } from "../../hosts/browser/download";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import type { ConfirmReplace } from "../shared/use-confirm-replace";
import { useBusy } from "../shared/use-busy";
import { loadXlsx } from "../shared/xlsx-loader";

export type Download = (bytes: Uint8Array, fileName: string) => void;

export interface TemplatePaneState {
  /** A roster code, or "" for a template any unit fills. */
  unitCode: string;
  setUnitCode: (code: string) => void;
  /** The report year to pre-fill, or null. */
  year: number | null;
  setYear: (year: number | null) => void;
  busy: "template" | "criteria" | null;
  notice: PaneNotice | null;
  dismissNotice: () => void;
  createTemplate: () => Promise<void>;
  writeCriteria: () => Promise<void>;
}

export function templateFileName(unitCode: string, year: number | null): string {
  return ["bieu-mau-thi-dua", unitCode, year ?? ""].filter((part) => part !== "").join("-") + ".xlsx";
}

export function useTemplatePane(
  host: WorkbookHost,
  campaign: Campaign,
  question: ConfirmReplace,
  download: Download = (bytes, fileName) => downloadFile(fileName, bytes),
): TemplatePaneState {
  const [unitCode, setUnitCode] = useState("");
  const [year, setYear] = useState<number | null>(null);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const { busy, during } = useBusy<"template" | "criteria">();

  const createTemplate = useCallback(
    () =>
      during("template", async () => {
        setNotice(null);
        try {
          const plan = buildTemplatePlan(campaign, {
            unitCode: unitCode || undefined,
            year: year ?? undefined,
          });
          const bytes = await (await loadXlsx()).writeWorkbook(plan);
          if ((await host.openAsNewWorkbook(bytes)) === "opened") {
            setNotice({ intent: "success", title: "template.opened" });
            return;
          }
          const file = templateFileName(unitCode, year);
          download(bytes, file);
          setNotice({ intent: "success", title: "template.downloaded", params: { file } });
        } catch (error) {
          setNotice(errorNotice("template.error.create", error));
        }
      }),
    [during, campaign, unitCode, year, host, download],
  );

  const writeCriteria = useCallback(
    () =>
      during("criteria", async () => {
        setNotice(null);
        try {
          const written = await host.writeSheets(buildCriteriaPlan(campaign), question.confirm);
          setNotice({
            intent: "success",
            title: "template.criteriaWritten",
            params: { sheets: written.join(", ") },
          });
        } catch (error) {
          setNotice(errorNotice("template.error.criteria", error));
        }
      }),
    [during, host, campaign, question.confirm],
  );

  return {
    unitCode,
    setUnitCode,
    year,
    setYear,
    busy,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    createTemplate,
    writeCriteria,
  };
}
