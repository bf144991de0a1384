import { Field, Select, Subtitle2 } from "@fluentui/react-components";
import { BusyButton } from "../shared/BusyButton";
import { ConfirmReplaceDialog } from "../shared/ConfirmReplaceDialog";
import { NoticeBar } from "../shared/NoticeBar";
import { CriteriaInForceBar } from "../criteria/CriteriaInForceBar";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { usePaneStyles } from "../shared/styles";
import { useConfirmReplace } from "../shared/use-confirm-replace";
import { campaignYears } from "../../core/consolidation/scope";
import { CRITERIA_FILE_NAME } from "../../jobs/output-names";
import { templateFileName, useTemplatePane, type Download } from "./use-template-pane";

export interface TemplatePaneProps extends PaneProps {
  /** Replaced in tests; the browser's download by default. */
  readonly download?: Download;
}

export function TemplatePane({ host, can, campaign, lang, t, hidden, download }: TemplatePaneProps) {
  const styles = usePaneStyles();
  const question = useConfirmReplace();
  const pane = useTemplatePane(host, campaign, question, download);
  return (
    <PaneFrame tab="template" t={t} hidden={hidden}>
      <CriteriaInForceBar t={t} lang={lang} />
      <section className={styles.group} aria-labelledby="template-new">
        <Subtitle2 as="h3" id="template-new" className={styles.heading}>
          {t("template.new.heading")}
        </Subtitle2>
        <div className={styles.row}>
          <Field label={t("template.unit")}>
            <Select value={pane.unitCode} onChange={(_, data) => pane.setUnitCode(data.value)}>
              <option value="">{t("template.unit.any")}</option>
              {campaign.roster.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("template.year")}>
            <Select
              value={pane.year === null ? "" : String(pane.year)}
              onChange={(_, data) => pane.setYear(data.value === "" ? null : Number(data.value))}
            >
              <option value="">{t("template.year.any")}</option>
              {campaignYears(campaign).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className={styles.row}>
          <BusyButton
            appearance="primary"
            busy={pane.busy === "template"}
            disabled={pane.busy !== null}
            onClick={pane.createTemplate}
          >
            {can.opensFiles
              ? t("template.create.download", { file: templateFileName(pane.unitCode, pane.year) })
              : t("template.create")}
          </BusyButton>
        </div>
      </section>
      <section className={styles.group} aria-labelledby="template-criteria">
        <Subtitle2 as="h3" id="template-criteria" className={styles.heading}>
          {t("template.criteria.heading")}
        </Subtitle2>
        <div className={styles.row}>
          <BusyButton
            busy={pane.busy === "criteria"}
            disabled={pane.busy !== null}
            onClick={pane.writeCriteria}
          >
            {can.opensFiles
              ? t("template.criteria.download", { file: CRITERIA_FILE_NAME })
              : t("template.criteria.write")}
          </BusyButton>
        </div>
      </section>
      <NoticeBar notice={pane.notice} t={t} lang={lang} onDismiss={pane.dismissNotice} />
      <ConfirmReplaceDialog question={question} t={t} />
    </PaneFrame>
  );
}
