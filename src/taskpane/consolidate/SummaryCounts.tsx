import { Fragment } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ConsolidationSummary } from "../../core/consolidation";
import type { Translate, UiKey } from "../../i18n/ui-text";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  value: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
});

export interface SummaryCountsProps {
  readonly t: Translate;
  readonly summary: ConsolidationSummary;
}

/**
 * Received / expected, then only the counts that are not zero (valid, with errors, missing, duplicate,
 * unreadable): the board below names the units, so a "Nộp trùng: 0" would only be noise.
 */
export function SummaryCounts({ t, summary }: SummaryCountsProps) {
  const styles = useStyles();
  const counts: [UiKey, number][] = [
    ["consolidate.summary.valid", summary.valid],
    ["consolidate.summary.withErrors", summary.withErrors],
    ["consolidate.summary.missing", summary.missing.length],
    ["consolidate.summary.duplicates", summary.duplicates.length],
    ["consolidate.summary.unreadable", summary.unreadable.length],
  ];
  const rows: [UiKey, string][] = [
    ["consolidate.summary.received", `${summary.received}/${summary.expected}`],
    ...counts.filter(([, n]) => n > 0).map(([key, n]): [UiKey, string] => [key, String(n)]),
  ];
  return (
    <dl className={styles.list} aria-label={t("consolidate.summary.label")}>
      {rows.map(([key, value]) => (
        <Fragment key={key}>
          <dt className={styles.term}>{t(key)}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
