import { useCallback, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import { CRITERIA_FILE_NAME, templateFileName as fileNameOf } from "../../jobs/output-names";
import { criteriaPlan, templatePlan } from "../../jobs/write-template";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { download as downloadFile } from "../../hosts/browser/download";
import { writtenNotice } from "../shared/browser-output";
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
  return fileNameOf(unitCode || undefined, year ?? undefined);
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
          const plan = templatePlan(campaign, {
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
          const written = await host.writeSheets(criteriaPlan(campaign), question.confirm, {
            fileName: CRITERIA_FILE_NAME,
          });
          setNotice(
            writtenNotice(host, {
              intent: "success",
              title: "template.criteriaWritten",
              params: { sheets: written.join(", ") },
            }),
          );
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
