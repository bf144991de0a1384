import { Body1, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { BusyButton } from "../shared/BusyButton";
import type { ConsolidationInput } from "../../core/consolidation/model";
import { ConfirmReplaceDialog } from "../shared/ConfirmReplaceDialog";
import { DownloadAgain } from "../shared/browser-output";
import { NoticeBar } from "../shared/NoticeBar";
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

export function ReportPane({ host, campaign, lang, t, hidden, settings, inputs }: ReportPaneProps) {
  const styles = usePaneStyles();
  const question = useConfirmReplace();
  const pane = useReportPane(host, campaign, lang, settings, inputs, question);
  const scope = scopeOf(pane.kind, campaign.settings, pane.year);
  return (
    <PaneFrame tab="report" t={t} hidden={hidden}>
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
        {inputs.length > 0 ? t("report.source.files", { count: inputs.length }) : t("report.source.workbook")}
      </Body1>
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
      <div className={styles.row}>
        <BusyButton
          appearance="primary"
          busy={pane.busy === "section"}
          disabled={pane.busy !== null}
          onClick={pane.insertSection}
        >
          {t("report.insertSection")}
        </BusyButton>
        <BusyButton busy={pane.busy === "sheet"} disabled={pane.busy !== null} onClick={pane.insertSheet}>
          {t("report.insertSheet")}
        </BusyButton>
        <BusyButton busy={pane.busy === "word"} disabled={pane.busy !== null} onClick={pane.downloadWord}>
          {t("report.word.download")}
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
