import { Fragment } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Campaign } from "../../core/campaign/model";
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
  readonly campaign: Campaign;
}

/** Received / expected, missing and duplicate units, as the summary sheets will show them. */
export function SummaryCounts({ t, summary, campaign }: SummaryCountsProps) {
  const styles = useStyles();
  const unitNames = (codes: string[]): string =>
    codes.length === 0
      ? "—"
      : codes.map((c) => campaign.roster.find((u) => u.code === c)?.name ?? c).join("; ");
  const rows: [UiKey, string][] = [
    ["consolidate.summary.received", `${summary.received}/${summary.expected}`],
    ["consolidate.summary.valid", String(summary.valid)],
    ["consolidate.summary.withErrors", String(summary.withErrors)],
    ["consolidate.summary.missing", unitNames(summary.missing)],
    ["consolidate.summary.duplicates", unitNames(summary.duplicates)],
    ["consolidate.summary.unreadable", summary.unreadable.length === 0 ? "—" : summary.unreadable.join("; ")],
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
