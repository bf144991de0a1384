/**
 * The board as charts, where a clerk would rather look than read: the reports by status as one bar, and
 * the main figures (fund raised, households helped) by unit. Fluent UI's charts with d3 weigh more than the
 * rest of the pane, so this module is its own chunk, loaded when the pane first has a result (LazyUnitCharts).
 */
import {
  DataVizPalette,
  HorizontalBarChart,
  HorizontalBarChartVariant,
  getColorFromToken,
  type ChartProps,
} from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Consolidation } from "../../core/consolidation/model";
import type { Lang } from "../../core/locale/lang";
import type { Translate, UiKey } from "../../i18n/ui-text";

/** The figures charted by unit: the fund raised and the households helped. */
export const CHARTED_FIGURES = ["b04_fund_amount", "b11_households_helped"] as const;

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  charts: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  caption: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Each status with the chart palette's colour of the same meaning. */
const STATUS: [keyof Consolidation["counts"], UiKey, string][] = [
  ["valid", "consolidate.summary.valid", DataVizPalette.success],
  ["withErrors", "consolidate.summary.withErrors", DataVizPalette.error],
  ["missing", "consolidate.summary.missing", DataVizPalette.disabled],
];

export interface UnitChartsProps {
  readonly t: Translate;
  readonly lang: Lang;
  readonly result: Consolidation;
}

export function UnitCharts({ t, lang, result }: UnitChartsProps) {
  const styles = useStyles();
  const culture = lang === "vi" ? "vi-VN" : "en-GB";
  const status: ChartProps[] = [
    {
      chartTitle: t("consolidate.chart.status", {
        received: result.counts.received,
        expected: result.counts.expected,
      }),
      chartData: STATUS.filter(([count]) => result.counts[count] > 0).map(([count, label, color]) => ({
        legend: t(label),
        horizontalBarChartdata: { x: result.counts[count], total: result.counts.expected },
        color: getColorFromToken(color),
      })),
    },
  ];
  const legends = (status[0].chartData ?? []).map((d) => d.legend).join("|");
  const number = new Intl.NumberFormat(culture);
  const figures = CHARTED_FIGURES.flatMap((id) => {
    const def = result.indicators.find((d) => d.id === id);
    if (!def) return [];
    const data: ChartProps[] = result.units
      .filter((u) => u.values[id] !== null)
      .map((u) => ({
        // The value in the title: a label at the bar's end would run past a 320 px pane.
        chartTitle: `${u.unit.code}: ${number.format(u.values[id] ?? 0)}`,
        chartData: [
          {
            legend: lang === "vi" ? def.label : def.labelEn,
            horizontalBarChartdata: { x: u.values[id] ?? 0 },
            color: getColorFromToken(DataVizPalette.color1),
          },
        ],
      }));
    const title = `${lang === "vi" ? def.label : def.labelEn}${def.unit ? ` (${def.unit})` : ""}`;
    return data.length > 0 ? [{ id, title, data }] : [];
  });
  return (
    <div className={styles.charts}>
      <figure className={styles.figure}>
        <HorizontalBarChart
          // Drawn anew when the statuses shown change: the legends' overflow keeps the old ones otherwise.
          key={legends}
          data={status}
          culture={culture}
          chartDataMode="fraction"
          hideTooltip
        />
      </figure>
      {figures.map((f) => (
        <figure key={f.id} className={styles.figure}>
          <figcaption className={styles.caption}>{f.title}</figcaption>
          <HorizontalBarChart
            data={f.data}
            culture={culture}
            variant={HorizontalBarChartVariant.AbsoluteScale}
            hideLabels
            hideTooltip
          />
        </figure>
      ))}
    </div>
  );
}
