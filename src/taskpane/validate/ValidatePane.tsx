import { Body1, Button, Field, Radio, RadioGroup, Spinner, Subtitle2 } from "@fluentui/react-components";
import type { OpenedFile } from "../../hosts/browser";
import { DropZone } from "../consolidate/DropZone";
import type { Translate } from "../../i18n/ui-text";
import { LiveStatus } from "../shared/LiveStatus";
import { NoticeBar } from "../shared/NoticeBar";
import { CriteriaInForceBar } from "../criteria/CriteriaInForceBar";
import { PaneFrame } from "../shared/PaneFrame";
import type { PaneProps } from "../shared/pane-props";
import { usePaneStyles } from "../shared/styles";
import { markable } from "../../jobs/workbook-units";
import { FindingFilters } from "./FindingFilters";
import { FindingsList, MAX_SHOWN } from "./FindingsList";
import { useValidatePane, type ValidateScope } from "./use-validate-pane";

const SCOPES: readonly ValidateScope[] = ["active", "all"];

/** Outside Excel: the unit's own .xlsx files, picked or dropped, and the list of those opened. */
function OpenedFiles({
  files,
  t,
  disabled,
  onFiles,
  onClose,
}: {
  readonly files: readonly OpenedFile[];
  readonly t: Translate;
  readonly disabled: boolean;
  readonly onFiles: (files: File[]) => void;
  readonly onClose: () => void;
}) {
  const styles = usePaneStyles();
  return (
    <section className={styles.group} aria-labelledby="validate-files">
      <Subtitle2 as="h3" id="validate-files" className={styles.heading}>
        {t("validate.files.heading")}
      </Subtitle2>
      <DropZone t={t} disabled={disabled} onFiles={onFiles} />
      {files.length > 0 ? (
        <>
          <ul aria-label={t("validate.files.label")} className={styles.group}>
            {files.map((file) => (
              <li key={file.id}>
                {file.name}
                {file.snapshot ? null : ` (${t("validate.files.unreadable")})`}
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button appearance="subtle" disabled={disabled} onClick={onClose}>
              {t("validate.files.close")}
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

export function ValidatePane({ host, campaign, lang, t, hidden }: PaneProps) {
  const styles = usePaneStyles();
  const pane = useValidatePane(host, campaign);
  // Outside Excel the opened files are only read: no cell to select, nothing to mark.
  const browser = pane.files;
  const spinner = (action: typeof pane.busy) =>
    pane.busy === action ? <Spinner size="extra-tiny" /> : undefined;
  return (
    <PaneFrame tab="validate" t={t} hidden={hidden}>
      <CriteriaInForceBar t={t} lang={lang} />
      {browser ? (
        <OpenedFiles
          files={browser}
          t={t}
          disabled={pane.busy !== null}
          onFiles={(files) => void pane.openFiles(files)}
          onClose={pane.closeFiles}
        />
      ) : (
        <Field label={t("validate.scope.label")}>
          <RadioGroup
            value={pane.scope}
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
        <Button appearance="primary" disabled={pane.busy !== null} icon={spinner("run")} onClick={pane.run}>
          {t("validate.run")}
        </Button>
      </div>
      <NoticeBar notice={pane.notice} t={t} lang={lang} onDismiss={pane.dismissNotice} />
      <LiveStatus status={pane.status} t={t} />
      {pane.units ? (
        <>
          <FindingFilters
            t={t}
            severities={pane.severities}
            counts={pane.counts}
            onToggle={pane.toggleSeverity}
            units={pane.units}
            unit={pane.unit}
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
              onSelect={browser ? undefined : (item) => void pane.select(item)}
            />
          )}
          {pane.visible.length > MAX_SHOWN ? (
            <Body1 as="p" className={styles.muted}>
              {t("validate.findings.more", { shown: MAX_SHOWN, count: pane.visible.length })}
            </Body1>
          ) : null}
        </>
      ) : null}
      {browser ? null : (
        <div className={styles.row}>
          <Button
            disabled={pane.busy !== null || markable(pane.visible.map((i) => i.finding)).length === 0}
            icon={spinner("mark")}
            onClick={pane.mark}
          >
            {t("validate.mark")}
          </Button>
          <Button disabled={pane.busy !== null} icon={spinner("clear")} onClick={pane.clear}>
            {t("validate.clear")}
          </Button>
        </div>
      )}
    </PaneFrame>
  );
}
