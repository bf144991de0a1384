import { useCallback, useMemo, useState } from "react";
import type { Campaign } from "../../core/campaign/model";
import type { ConsolidationInput } from "../../core/consolidation/model";
import type { Lang } from "../../core/locale/lang";
import { DOCX_MIME, download } from "../../hosts/browser/download";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { writtenNotice } from "../shared/browser-output";
import { errorNotice, type PaneNotice } from "../shared/pane-notice";
import type { ConfirmReplace } from "../shared/use-confirm-replace";
import { useBusy } from "../shared/use-busy";
import { defaultYear } from "../../core/consolidation/scope";
import { scopeOf } from "../../core/report/kinds";
import { reportFileName } from "../../jobs/output-names";
import type { PaneSettings } from "../../core/campaign/stored-settings";
import { todaySerial } from "../../core/locale/clock";
import { readWorkbookInputs, toInputs } from "../../jobs/workbook-units";
import {
  reportDocxBytes,
  reportSectionPlan,
  reportWorkbookPlan,
  type ReportKind,
  type ReportRequest,
  type ReportSectionId,
} from "./report-builder";
import { REPORT_SECTIONS } from "./report-labels";

export interface ReportPaneState {
  kind: ReportKind;
  setKind: (kind: ReportKind) => void;
  /** The annual report's year. */
  year: number;
  setYear: (year: number) => void;
  section: ReportSectionId;
  setSection: (section: ReportSectionId) => void;
  busy: "section" | "sheet" | "word" | null;
  notice: PaneNotice | null;
  dismissNotice: () => void;
  insertSection: () => Promise<void>;
  insertSheet: () => Promise<void>;
  /** "Tải bản Word": the report as .docx, downloaded, inside Excel and outside. */
  downloadWord: () => Promise<void>;
  /** What the report is downloaded as: "bao-cao-nam-2024.xlsx", "bao-cao-so-ket-2021-2023.docx". */
  fileNames: { xlsx: string; docx: string };
}

export function useReportPane(
  host: WorkbookHost,
  campaign: Campaign,
  lang: Lang,
  settings: PaneSettings,
  inputs: ConsolidationInput[],
  question: ConfirmReplace,
): ReportPaneState {
  const [kind, setKind] = useState<ReportKind>("annual");
  const [chosenYear, setYear] = useState<number | null>(null);
  const [section, setSection] = useState<ReportSectionId>(REPORT_SECTIONS[0]);
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const { busy, during } = useBusy<"section" | "sheet" | "word">();
  const year = useMemo(() => chosenYear ?? defaultYear(inputs, campaign), [chosenYear, inputs, campaign]);
  const fileNames = useMemo(() => {
    const scope = scopeOf(kind, campaign.settings, year);
    return { xlsx: reportFileName(kind, scope, "xlsx"), docx: reportFileName(kind, scope, "docx") };
  }, [kind, campaign.settings, year]);

  /** The Tổng hợp pane's sources; without any, the unit forms in the open workbook. */
  const request = useCallback(
    async (): Promise<ReportRequest> => ({
      inputs: inputs.length > 0 ? inputs : toInputs(await readWorkbookInputs(host, campaign, todaySerial())),
      campaign,
      kind,
      year,
      documentNumber: settings.documentNumber,
      lang,
    }),
    [inputs, host, campaign, kind, year, settings.documentNumber, lang],
  );

  const insertSection = useCallback(
    () =>
      during("section", async () => {
        setNotice(null);
        try {
          await host.insertAtSelection(await reportSectionPlan(await request(), section));
          setNotice(
            // Sections are inserted only in Excel: outside it there is no selected cell to insert at.
            writtenNotice(host, { intent: "success", title: "report.inserted" }),
          );
        } catch (error) {
          setNotice(errorNotice("report.error.section", error));
        }
      }),
    [during, host, request, section],
  );

  const insertSheet = useCallback(
    () =>
      during("sheet", async () => {
        setNotice(null);
        try {
          const plan = await reportWorkbookPlan(await request());
          const written = await host.writeSheets(plan, question.confirm, { fileName: fileNames.xlsx });
          setNotice(
            writtenNotice(host, {
              intent: "success",
              title: "report.written",
              params: { sheets: written.join(", ") },
            }),
          );
        } catch (error) {
          setNotice(errorNotice("report.error.sheet", error));
        }
      }),
    [during, host, request, question.confirm, fileNames],
  );

  const downloadWord = useCallback(
    () =>
      during("word", async () => {
        setNotice(null);
        try {
          const name = fileNames.docx;
          download(name, await reportDocxBytes(await request()), document, DOCX_MIME);
          setNotice({ intent: "success", title: "report.word.downloaded", params: { file: name } });
        } catch (error) {
          setNotice(errorNotice("report.error.word", error));
        }
      }),
    [during, request, fileNames],
  );

  return {
    kind,
    setKind,
    year,
    setYear,
    section,
    setSection,
    busy,
    notice,
    dismissNotice: useCallback(() => setNotice(null), []),
    insertSection,
    insertSheet,
    downloadWord,
    fileNames,
  };
}
