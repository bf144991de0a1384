import { Button, Caption1, Spinner, makeStyles, tokens, mergeClasses } from "@fluentui/react-components";
import { usePaneStyles } from "../shared/styles";
import type { Lang } from "../../core/locale/lang";
import type { Translate } from "../../i18n/ui-text";
import { SeverityIcon, type IconKind } from "../shared/SeverityIcon";
import { FindingsList, MAX_SHOWN } from "../validate/FindingsList";
import type { FileDecision } from "../../jobs/select-inputs";
import { notUsedText, sourceState, sourceStatusText, type SourceState } from "./source-status";
import type { SourceEntry } from "./use-sources";

const useStyles = makeStyles({
  list: {
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalXS,
  },
  head: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  text: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  remove: {
    flexShrink: 0,
    minWidth: "auto",
  },
  status: {
    color: tokens.colorNeutralForeground2,
  },
  details: {
    gridColumn: "1 / -1",
    marginLeft: tokens.spacingHorizontalXXL,
  },
  summary: {
    cursor: "pointer",
    color: tokens.colorBrandForegroundLink,
  },
});

export interface SourceListProps {
  readonly entries: SourceEntry[];
  /** The selection rule's decision for each entry, by id. */
  readonly decisions: ReadonlyMap<string, FileDecision>;
  /** The roster name of a unit code. */
  readonly unitName: (code: string) => string;
  readonly onRemove: (id: string) => void;
  readonly lang: Lang;
  readonly t: Translate;
}

function iconOf(state: SourceState, notUsed: boolean): IconKind {
  if (state === "thidua-output") return "info";
  if (state === "valid") return notUsed ? "warning" : "success";
  return "error";
}

/**
 * Each file or sheet with its status, its unit and year, and whether the consolidation uses it (and if not,
 * why); its findings fold out below it, and it can be taken off the list.
 */
export function SourceList({ entries, decisions, unitName, onRemove, lang, t }: SourceListProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  return (
    <ul className={mergeClasses(pane.plainList, styles.list)} aria-label={t("consolidate.sources.label")}>
      {entries.map((entry) => {
        const state = sourceState(entry);
        const status = sourceStatusText(entry, lang);
        const findings = entry.input?.check.findings ?? [];
        const decision = decisions.get(entry.id);
        const notUsed = notUsedText(decision);
        const unit = decision?.unit ? unitName(decision.unit) : null;
        return (
          <li key={entry.id} aria-busy={state === "reading"} className={styles.item}>
            <div className={styles.head}>
              {state === "reading" || state === "queued" ? (
                <Spinner size="extra-tiny" />
              ) : (
                <SeverityIcon severity={iconOf(state, notUsed !== null)} />
              )}
              <span className={styles.text}>
                <span>{entry.name}</span>
                {unit ? (
                  <Caption1 className={styles.status}>
                    {t("consolidate.file.unit", { unit, year: decision?.year ?? "?" })}
                  </Caption1>
                ) : null}
                <Caption1 className={styles.status}>
                  {typeof status === "string" ? status : t(status.key, status.params)}
                </Caption1>
                {notUsed ? (
                  <Caption1 className={styles.status}>{t(notUsed.key, notUsed.params)}</Caption1>
                ) : decision?.used ? (
                  <Caption1 className={styles.status}>{t("consolidate.file.used")}</Caption1>
                ) : null}
              </span>
            </div>
            <Button
              appearance="subtle"
              size="small"
              className={styles.remove}
              aria-label={t("consolidate.file.remove.label", { file: entry.name })}
              onClick={() => onRemove(entry.id)}
            >
              {t("consolidate.file.remove")}
            </Button>
            {state === "errors" || (state === "valid" && findings.length > 0) ? (
              <details className={styles.details}>
                <summary className={styles.summary}>
                  {t("consolidate.file.showFindings", { count: findings.length })}
                </summary>
                <FindingsList
                  items={findings.map((finding, i) => ({
                    id: `${entry.id}-${i}`,
                    unitKey: entry.id,
                    unitLabel: entry.name,
                    finding,
                  }))}
                  lang={lang}
                  t={t}
                  showUnit={false}
                  label={t("consolidate.file.findings", { file: entry.name })}
                />
                {findings.length > MAX_SHOWN ? (
                  <Caption1 className={styles.status}>
                    {t("consolidate.file.findingsMore", { shown: MAX_SHOWN, count: findings.length })}
                  </Caption1>
                ) : null}
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
