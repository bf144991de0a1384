import { Caption1, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/locale/lang";
import type { Translate } from "../../i18n/ui-text";
import { SeverityIcon } from "../shared/SeverityIcon";
import { FindingsList } from "../validate/FindingsList";
import type { FileDecision } from "../../jobs/select-inputs";
import { notUsedText, sourceState, sourceStatusText } from "./source-status";
import type { SourceEntry } from "./use-sources";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  head: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
  },
  text: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  status: {
    color: tokens.colorNeutralForeground2,
  },
  details: {
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
  readonly lang: Lang;
  readonly t: Translate;
}

/** Each file or sheet with its status; its findings fold out below it. */
export function SourceList({ entries, decisions, lang, t }: SourceListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t("consolidate.sources.label")}>
      {entries.map((entry) => {
        const state = sourceState(entry);
        const status = sourceStatusText(entry, lang);
        const findings = entry.input?.check.findings ?? [];
        const notUsed = notUsedText(decisions.get(entry.id));
        return (
          <li key={entry.id} aria-busy={state === "reading"}>
            <div className={styles.head}>
              {state === "reading" || state === "queued" ? (
                <Spinner size="extra-tiny" />
              ) : (
                <SeverityIcon
                  severity={
                    state === "valid" && !notUsed ? "success" : state === "valid" ? "warning" : "error"
                  }
                />
              )}
              <span className={styles.text}>
                <span>{entry.name}</span>
                <Caption1 className={styles.status}>
                  {typeof status === "string" ? status : t(status.key, status.params)}
                </Caption1>
                {notUsed ? (
                  <Caption1 className={styles.status}>{t(notUsed.key, notUsed.params)}</Caption1>
                ) : null}
              </span>
            </div>
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
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
