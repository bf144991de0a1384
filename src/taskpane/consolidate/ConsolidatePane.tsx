import { Button, Caption1, Field, ProgressBar, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { FileDecision } from "../../jobs/select-inputs";
import { isBrowserHost } from "../../hosts/browser";
import { DownloadAgain } from "../shared/browser-output";
import { ConfirmReplaceDialog } from "../shared/ConfirmReplaceDialog";
import { LiveStatus } from "../shared/LiveStatus";
import { NoticeBar } from "../shared/NoticeBar";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { usePaneStyles } from "../shared/styles";
import { useConfirmReplace } from "../shared/use-confirm-replace";
import { campaignYears } from "../../core/consolidation/scope";
import { ChaseButton } from "./ChaseButton";
import { DropZone } from "./DropZone";
import { ScopeFields } from "./ScopeFields";
import { SourceList } from "./SourceList";
import { SummaryCounts } from "./SummaryCounts";
import { useConsolidatePane } from "./use-consolidate-pane";
import type { Sources } from "./use-sources";

function SourcesSection({
  host,
  sources,
  t,
  lang,
  decisions,
}: Pick<PaneProps, "host" | "t" | "lang"> & {
  readonly sources: Sources;
  readonly decisions: ReadonlyMap<string, FileDecision>;
}) {
  const styles = usePaneStyles();
  const { done, total } = sources.progress;
  return (
    <section className={styles.group} aria-labelledby="consolidate-sources">
      <Subtitle2 as="h3" id="consolidate-sources" className={styles.heading}>
        {t("consolidate.sources.heading")}
      </Subtitle2>
      <DropZone t={t} onFiles={(files) => void sources.addFiles(files)} />
      <div className={styles.row}>
        {isBrowserHost(host) ? null : (
          <Button onClick={() => void sources.addWorkbookSheets()}>{t("consolidate.useWorkbook")}</Button>
        )}
        <Button appearance="subtle" disabled={total === 0} onClick={sources.clear}>
          {t("consolidate.sources.clear")}
        </Button>
      </div>
      <NoticeBar notice={sources.notice} t={t} lang={lang} onDismiss={sources.dismissNotice} />
      {total > 0 ? (
        <Field validationMessage={t("consolidate.progress", { done, total })} validationState="none">
          <ProgressBar value={done} max={total} aria-label={t("consolidate.progress.label")} />
        </Field>
      ) : null}
      <LiveStatus
        status={sources.reading ? { key: "consolidate.progress", params: { done, total } } : null}
        t={t}
      />
      <SourceList entries={sources.entries} decisions={decisions} lang={lang} t={t} />
    </section>
  );
}

export function ConsolidatePane({
  host,
  campaign,
  lang,
  t,
  hidden,
  sources,
}: PaneProps & { readonly sources: Sources }) {
  const styles = usePaneStyles();
  const question = useConfirmReplace();
  const pane = useConsolidatePane(host, campaign, lang, sources, question);
  return (
    <PaneFrame tab="consolidate" t={t} hidden={hidden}>
      <SourcesSection host={host} sources={sources} decisions={pane.decisions} t={t} lang={lang} />
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
      {pane.summary ? <SummaryCounts t={t} summary={pane.summary} campaign={campaign} /> : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={pane.busy !== null || sources.reading || sources.given.length === 0}
          icon={pane.busy === "write" ? <Spinner size="extra-tiny" /> : undefined}
          onClick={pane.write}
        >
          {t("consolidate.write")}
        </Button>
      </div>
      <NoticeBar
        notice={pane.notice}
        t={t}
        lang={lang}
        onDismiss={pane.dismissNotice}
        actions={<DownloadAgain host={host} notice={pane.notice} t={t} />}
      />
      <ChaseButton campaign={campaign} lang={lang} t={t} sources={sources} scope={pane.scope} />
      <ConfirmReplaceDialog question={question} t={t} />
    </PaneFrame>
  );
}
