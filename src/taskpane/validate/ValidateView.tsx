import { useEffect, useRef } from "react";
import {
  Body1,
  Caption1,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import type { Lang } from "../../core/locale/lang";
import type { Translate, UiKey } from "../../i18n/ui-text";
import { companionKind, type CompanionKind } from "../../jobs/select-inputs";
import { markable } from "../../core/findings/markable";
import { DropZone } from "../consolidate/DropZone";
import { BusyButton } from "../shared/BusyButton";
import { LiveStatus } from "../shared/LiveStatus";
import { NoticeBar } from "../shared/NoticeBar";
import { usePaneStyles } from "../shared/styles";
import { FindingFilters } from "./FindingFilters";
import { FindingsList, MAX_SHOWN } from "./FindingsList";
import type { ValidatePane } from "./use-validate-pane";
import type { ValidateScope } from "./validate-state";
import { useValidateStyles } from "./validate-styles";
import { verdictGroups } from "./verdict-groups";
import { VerdictList } from "./VerdictList";

const SCOPES: readonly ValidateScope[] = ["active", "all"];

/** The note on the files left out of an opening, one per kind of companion file. */
const COMPANION_NOTES: readonly { kind: CompanionKind; key: UiKey }[] = [
  { kind: "lock-file", key: "validate.files.locks" },
  { kind: "mac-metadata", key: "validate.files.macMetadata" },
];

export interface ValidateViewProps {
  readonly pane: ValidatePane;
  readonly t: Translate;
  readonly lang: Lang;
}

/** The Kiểm tra pane drawn from its state: what to check, the verdicts, then the findings. */
export function ValidateView({ pane, t, lang }: ValidateViewProps) {
  const styles = usePaneStyles();
  const own = useValidateStyles();
  const { state, outsideExcel } = pane;
  const busy = state.busy !== null;
  const result = useRef<HTMLDivElement>(null);

  // When a check ends the focus goes to its verdict: the button that started it is no longer the news.
  useEffect(() => {
    if (state.finishedChecks > 0) result.current?.focus();
  }, [state.finishedChecks]);

  const checked = pane.units !== null || state.files.length > 0;
  return (
    <>
      {outsideExcel ? (
        <section className={styles.group} aria-labelledby="validate-files">
          <Subtitle2 as="h3" id="validate-files" className={styles.heading}>
            {t("validate.files.heading")}
          </Subtitle2>
          <DropZone t={t} disabled={busy} onFiles={(files) => void pane.openFiles(files)} />
          {COMPANION_NOTES.map(({ kind, key }) => {
            const files = state.skippedCompanions.filter((name) => companionKind(name) === kind);
            return files.length > 0 ? (
              <Caption1 key={kind} role="note" className={styles.muted}>
                {t(key, { files: files.join(", ") })}
              </Caption1>
            ) : null;
          })}
        </section>
      ) : (
        <Field label={t("validate.scope.label")}>
          <RadioGroup
            value={state.scope}
            onChange={(_, data) => {
              const next = SCOPES.find((s) => s === data.value);
              if (next) pane.setScope(next);
            }}
          >
            <Radio value="active" label={t("validate.scope.active")} />
            <Radio value="all" label={t("validate.scope.all")} />
          </RadioGroup>
        </Field>
      )}
      <div className={styles.row}>
        <BusyButton
          appearance="primary"
          busy={state.busy === "run"}
          disabled={busy}
          onClick={() => void pane.run()}
        >
          {t(checked ? "validate.runAgain" : "validate.run")}
        </BusyButton>
        {outsideExcel && state.files.length > 0 ? (
          <BusyButton appearance="subtle" busy={false} disabled={busy} onClick={pane.closeFiles}>
            {t("validate.files.close")}
          </BusyButton>
        ) : null}
      </div>
      {state.progress ? (
        <Field label={t("validate.progress", state.progress)} validationState="none">
          <ProgressBar value={state.progress.done} max={state.progress.total} />
        </Field>
      ) : null}
      <NoticeBar notice={state.notice} t={t} lang={lang} onDismiss={pane.dismissNotice} />
      <div
        ref={result}
        tabIndex={-1}
        role="region"
        aria-label={t("validate.verdict.label")}
        className={own.result}
      >
        <LiveStatus status={state.status} t={t} />
        <VerdictList
          groups={verdictGroups(state)}
          t={t}
          lang={lang}
          disabled={busy}
          onRemove={outsideExcel ? pane.removeFile : undefined}
          onReopen={outsideExcel ? (files) => void pane.openFiles(files) : undefined}
        />
      </div>
      {pane.units ? (
        <>
          <FindingFilters
            t={t}
            shown={state.shown}
            counts={pane.counts}
            onToggle={pane.toggleSeverity}
            units={pane.units}
            unit={state.unit}
            onUnit={pane.setUnit}
          />
          {pane.visible.length === 0 ? (
            <Body1 as="p" className={styles.muted}>
              {t("validate.findings.none")}
            </Body1>
          ) : (
            <FindingsList
              items={pane.visible}
              lang={lang}
              t={t}
              showUnit={pane.units.length > 1}
              onSelect={outsideExcel ? undefined : (item) => void pane.select(item)}
            />
          )}
          {pane.visible.length > MAX_SHOWN ? (
            <Body1 as="p" className={styles.muted}>
              {t("validate.findings.more", { shown: MAX_SHOWN, count: pane.visible.length })}
            </Body1>
          ) : null}
        </>
      ) : null}
      {outsideExcel ? null : (
        <div className={styles.row}>
          <BusyButton
            busy={state.busy === "mark"}
            disabled={busy || markable(pane.visible.map((i) => i.finding)).length === 0}
            onClick={() => void pane.mark()}
          >
            {t("validate.mark")}
          </BusyButton>
          <BusyButton busy={state.busy === "clear"} disabled={busy} onClick={() => void pane.clear()}>
            {t("validate.clear")}
          </BusyButton>
        </div>
      )}
    </>
  );
}
