import { Body1, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { BusyButton } from "../shared/BusyButton";
import type { ConsolidationInput } from "../../core/consolidation/model";
import { ConfirmReplaceDialog } from "../shared/ConfirmReplaceDialog";
import { DownloadAgain, useBrowserState } from "../shared/browser-output";
import { NoticeBar } from "../shared/NoticeBar";
import { CriteriaInForceBar } from "../criteria/CriteriaInForceBar";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { usePaneStyles } from "../shared/styles";
import { useConfirmReplace } from "../shared/use-confirm-replace";
import { campaignYears } from "../../core/consolidation/scope";
import type { PaneSettings } from "../../core/campaign/stored-settings";
import { scopeOf } from "../../core/report/kinds";
import { KIND_LABEL, REPORT_KINDS, REPORT_SECTIONS, SECTION_LABEL } from "./report-labels";
import { useReportPane } from "./use-report-pane";

export interface ReportPaneProps extends PaneProps {
  readonly settings: PaneSettings;
  readonly inputs: ConsolidationInput[];
}

export function ReportPane({ host, can, campaign, lang, t, hidden, settings, inputs }: ReportPaneProps) {
  const styles = usePaneStyles();
  const question = useConfirmReplace();
  const pane = useReportPane(host, campaign, lang, settings, inputs, question);
  const scope = scopeOf(pane.kind, campaign.settings, pane.year);
  // Outside Excel there is no selected cell: the report is only downloaded, and its figures come from
  // the files opened on Tổng hợp, else those opened on Kiểm tra.
  const browser = useBrowserState(host);
  const inExcel = can.selectsCells;
  const source =
    inputs.length > 0
      ? t("report.source.files", { count: inputs.length })
      : browser === null
        ? t("report.source.workbook")
        : browser.files.length > 0
          ? t("report.source.browser", { count: browser.files.length })
          : t("report.source.none");
  return (
    <PaneFrame tab="report" t={t} hidden={hidden}>
      <CriteriaInForceBar t={t} lang={lang} />
      <Field label={t("report.kind.label")}>
        <RadioGroup
          value={pane.kind}
          onChange={(_, data) => {
            const kind = REPORT_KINDS.find((k) => k === data.value);
            if (kind) pane.setKind(kind);
          }}
        >
          {REPORT_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={t(KIND_LABEL[kind])} />
          ))}
        </RadioGroup>
      </Field>
      {pane.kind === "annual" ? (
        <Field label={t("report.year")}>
          <Select value={String(pane.year)} onChange={(_, data) => pane.setYear(Number(data.value))}>
            {campaignYears(campaign).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Body1 as="p" className={styles.muted}>
          {t("report.period", { from: scope.from, to: scope.to })}
        </Body1>
      )}
      <Body1 as="p" className={styles.muted}>
        {source}
      </Body1>
      {inExcel ? (
        <Field label={t("report.section.label")}>
          <Select
            value={pane.section}
            onChange={(_, data) => {
              const section = REPORT_SECTIONS.find((s) => s === data.value);
              if (section) pane.setSection(section);
            }}
          >
            {REPORT_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {t(SECTION_LABEL[s])}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div className={styles.row}>
        {inExcel ? (
          <BusyButton
            appearance="primary"
            busy={pane.busy === "section"}
            disabled={pane.busy !== null}
            onClick={pane.insertSection}
          >
            {t("report.insertSection")}
          </BusyButton>
        ) : null}
        <BusyButton
          appearance={inExcel ? "secondary" : "primary"}
          busy={pane.busy === "sheet"}
          disabled={pane.busy !== null}
          onClick={pane.insertSheet}
        >
          {inExcel
            ? t("report.insertSheet")
            : t("report.insertSheet.download", { file: pane.fileNames.xlsx })}
        </BusyButton>
        <BusyButton busy={pane.busy === "word"} disabled={pane.busy !== null} onClick={pane.downloadWord}>
          {t("report.word.download.file", { file: pane.fileNames.docx })}
        </BusyButton>
      </div>
      <NoticeBar
        notice={pane.notice}
        t={t}
        lang={lang}
        onDismiss={pane.dismissNotice}
        actions={<DownloadAgain host={host} notice={pane.notice} t={t} />}
      />
      <ConfirmReplaceDialog question={question} t={t} />
    </PaneFrame>
  );
}
