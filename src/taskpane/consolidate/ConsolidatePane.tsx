import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { BusyButton } from "../shared/BusyButton";
import { DownloadAgain } from "../shared/browser-output";
import { ConfirmReplaceDialog } from "../shared/ConfirmReplaceDialog";
import { NoticeBar } from "../shared/NoticeBar";
import { ResultNotice } from "../shared/ResultNotice";
import { CriteriaInForceBar } from "../criteria/CriteriaInForceBar";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { usePaneStyles } from "../shared/styles";
import { useConfirmReplace } from "../shared/use-confirm-replace";
import { campaignYears } from "../../core/consolidation/scope";
import { ChaseButton } from "./ChaseButton";
import { DropZone } from "./DropZone";
import { LazyUnitCharts } from "./LazyUnitCharts";
import { NotUsedWarning } from "./NotUsedWarning";
import { ReadingProgress } from "./ReadingProgress";
import { ScopeFields } from "./ScopeFields";
import { SourceList } from "./SourceList";
import { UnitBoard } from "./UnitBoard";
import { useConsolidatePane } from "./use-consolidate-pane";
import type { Sources } from "./use-sources";

/** Where the files come from: the drop zone, the open workbook's unit sheets, and the reading's progress. */
function SourcesSection({
  can,
  sources,
  t,
  lang,
}: Pick<PaneProps, "can" | "t" | "lang"> & { readonly sources: Sources }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.group} aria-labelledby="consolidate-sources">
      <Subtitle2 as="h3" id="consolidate-sources" className={styles.heading}>
        {t("consolidate.sources.heading")}
      </Subtitle2>
      <DropZone t={t} onFiles={(picked) => void sources.addFiles(picked.map((p) => p.file))} />
      <div className={styles.row}>
        {can.opensFiles ? null : (
          <Button onClick={() => void sources.addWorkbookSheets()}>{t("consolidate.useWorkbook")}</Button>
        )}
        <Button appearance="subtle" disabled={sources.entries.length === 0} onClick={sources.clear}>
          {t("consolidate.sources.clear")}
        </Button>
      </div>
      <NoticeBar notice={sources.notice} t={t} lang={lang} onDismiss={sources.dismissNotice} />
      <ReadingProgress sources={sources} t={t} />
    </section>
  );
}

export function ConsolidatePane({
  host,
  can,
  campaign,
  lang,
  t,
  hidden,
  sources,
}: PaneProps & { readonly sources: Sources }) {
  const paneStyles = usePaneStyles();
  const question = useConfirmReplace();
  const pane = useConsolidatePane(host, campaign, lang, sources, question);
  const unitName = (code: string): string => campaign.roster.find((u) => u.code === code)?.name ?? code;
  return (
    <PaneFrame
      tab="consolidate"
      t={t}
      hidden={hidden}
      footer={
        <>
          <div className={paneStyles.row}>
            <BusyButton
              appearance="primary"
              busy={pane.busy === "write"}
              disabled={pane.busy !== null || sources.reading || sources.given.length === 0}
              onClick={pane.write}
            >
              {can.opensFiles ? t("consolidate.download", { file: pane.fileName }) : t("consolidate.write")}
            </BusyButton>
          </div>
          <ResultNotice
            notice={pane.notice}
            t={t}
            lang={lang}
            onDismiss={pane.dismissNotice}
            actions={<DownloadAgain host={host} notice={pane.notice} t={t} />}
          />
        </>
      }
    >
      <CriteriaInForceBar t={t} lang={lang} />
      <SourcesSection can={can} sources={sources} t={t} lang={lang} />
      <ScopeFields
        t={t}
        years={campaignYears(campaign)}
        choice={pane.choice}
        scope={pane.scope}
        onChange={pane.setChoice}
        excludeInvalid={pane.excludeInvalid}
        onExcludeInvalid={pane.setExcludeInvalid}
      />
      {pane.yearNote ? <Caption1 role="note">{t("consolidate.yearNote", pane.yearNote)}</Caption1> : null}
      <UnitBoard t={t} scope={pane.scope} result={pane.job.result} summary={pane.summary} />
      {/* Shown once reading has ended: a warning bar is announced, and reading announces only its end. */}
      {sources.reading ? null : <NotUsedWarning t={t} notUsed={pane.job.notUsed} />}
      <SourceList
        entries={sources.entries}
        decisions={pane.decisions}
        unitName={unitName}
        onRemove={sources.remove}
        lang={lang}
        t={t}
      />
      {sources.given.length > 0 ? <LazyUnitCharts t={t} lang={lang} result={pane.job.result} /> : null}
      <ChaseButton campaign={campaign} lang={lang} t={t} sources={sources} scope={pane.scope} />
      <ConfirmReplaceDialog question={question} t={t} />
    </PaneFrame>
  );
}
