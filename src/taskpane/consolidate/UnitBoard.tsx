import { Caption1, Subtitle2, makeStyles, tokens, mergeClasses } from "@fluentui/react-components";
import type { Consolidation } from "../../core/consolidation/model";
import type { ConsolidationSummary } from "../../core/consolidation";
import type { Scope } from "../../core/consolidation/scope";
import type { Translate } from "../../i18n/ui-text";
import { SeverityIcon } from "../shared/SeverityIcon";
import { usePaneStyles } from "../shared/styles";
import { SummaryCounts } from "./SummaryCounts";
import { boardRows, boardSeverity, boardText } from "./unit-board";

const useStyles = makeStyles({
  list: {
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    overflowWrap: "anywhere",
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
  name: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface UnitBoardProps {
  readonly t: Translate;
  readonly scope: Scope;
  readonly result: Consolidation;
  readonly summary: ConsolidationSummary;
}

/** One row per expected unit: received and valid, with errors, missing, duplicate (which copy), unreadable. */
export function UnitBoard({ t, scope, result, summary }: UnitBoardProps) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const period = result.years.length > 1;
  return (
    <section className={pane.group} aria-labelledby="consolidate-board">
      <Subtitle2 as="h3" id="consolidate-board" className={pane.heading}>
        {scope.mode === "year"
          ? t("consolidate.board.year", { year: scope.year })
          : t("consolidate.board.period", { from: scope.from, to: scope.to })}
      </Subtitle2>
      <SummaryCounts t={t} summary={summary} />
      <ul className={mergeClasses(pane.plainList, styles.list)} aria-label={t("consolidate.board.label")}>
        {boardRows(result).map((row) => (
          <li key={row.key} className={styles.row}>
            <span className={styles.name}>{row.label}</span>
            {row.years.map((year) => {
              const text = boardText(year);
              const said = t(text.key, text.params);
              return (
                <Caption1 key={year.year} className={styles.line}>
                  <SeverityIcon severity={boardSeverity(year)} />
                  <span>
                    {period && year.year > 0
                      ? t("consolidate.board.inYear", { year: year.year, text: said })
                      : said}
                  </span>
                </Caption1>
              );
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
