/** The report's tables: indicators, money, classification and proposals, in the report's language. */
import type { Campaign } from "../campaign/model";
import type { Consolidation, IndicatorDef } from "../consolidation/model";
import { SUMMARY_SHEETS } from "../consolidation/plan/names";
import type { Lang } from "../locale/lang";
import type { Facts } from "./facts";
import type { ReportFigures, YearFigures } from "./figures";
import type { CellValue, ReportColumn, ReportRow, ReportTable } from "./model";
import { ratioPercent } from "./text/compare";
import type { ReportLabels } from "./text/types";

const MONEY = "đồng";

/**
 * Rows of a list a report prints (the proposals, the recognised initiatives): a department's units propose
 * some hundreds. A broken or hostile file can bring tens of thousands, and 40,000 rows made the Word file
 * take 53 s and 4.2 GB; the summary workbook lists them all.
 */
export const PRINTED_ROWS = 1_000;

export interface TableContext {
  c: Consolidation;
  campaign: Campaign;
  figures: ReportFigures;
  labels: ReportLabels;
  lang: Lang;
}

const col = (header: string, type: ReportColumn["type"], width: number): ReportColumn => ({
  header,
  type,
  width,
});
const data = (cells: CellValue[]): ReportRow => ({ kind: "data", cells });

const labelOf = (d: IndicatorDef, lang: Lang): string => (lang === "en" && d.labelEn ? d.labelEn : d.label);
/** A year's figure, or nothing when no unit's report for that year was merged. */
const valueIn = (y: YearFigures | undefined, id: string): number | null =>
  y && y.unitsIncluded > 0 ? (y.totals[id] ?? 0) : null;

function countIndicators(c: Consolidation): IndicatorDef[] {
  return c.indicators.filter((d) => d.unit !== MONEY);
}

function moneyIndicators(c: Consolidation): IndicatorDef[] {
  return c.indicators.filter((d) => d.unit === MONEY);
}

/** Counts by indicator: one year (and the year before), or the years side by side with the period's sum. */
export function indicatorTable(ctx: TableContext, caption: string): ReportTable {
  const { figures: f, labels: L, lang } = ctx;
  const t = L.table;
  const defs = countIndicators(ctx.c);
  const head = (d: IndicatorDef, i: number): CellValue[] => [i + 1, labelOf(d, lang), t.measure(d.unit)];
  if (f.kind !== "annual") {
    const years = f.perYear;
    const label = Math.max(4, 20 - 2 - 2 - 2 * (years.length + 1));
    return {
      id: "indicators",
      caption,
      columns: [
        col(t.index, "index", 2),
        col(t.indicator, "text", label),
        col(t.unit, "text", 2),
        ...years.map((y) => col(t.year(y.year), "number", 2)),
        col(t.period({ from: f.years[0], to: f.reviewYear }), "number", 2),
      ],
      rows: defs.map((d, i) =>
        data([...head(d, i), ...years.map((y) => valueIn(y, d.id)), valueIn(f.current, d.id)]),
      ),
    };
  }
  const prev = f.previous;
  if (!prev) {
    return {
      id: "indicators",
      caption,
      columns: [
        col(t.index, "index", 2),
        col(t.indicator, "text", 10),
        col(t.unit, "text", 3),
        col(t.year(f.reviewYear), "number", 5),
      ],
      rows: defs.map((d, i) => data([...head(d, i), valueIn(f.current, d.id)])),
    };
  }
  return {
    id: "indicators",
    caption,
    columns: [
      col(t.index, "index", 2),
      col(t.indicator, "text", 7),
      col(t.unit, "text", 2),
      col(t.year(prev.year), "number", 3),
      col(t.year(f.reviewYear), "number", 3),
      col(t.compare(f.reviewYear, prev.year), "decimal", 3),
    ],
    rows: defs.map((d, i) => {
      const now = valueIn(f.current, d.id);
      const before = valueIn(prev, d.id);
      return data([
        ...head(d, i),
        before,
        now,
        now !== null && before !== null ? ratioPercent(now, before) : null,
      ]);
    }),
  };
}

const sum = (values: (number | null)[]): number | null =>
  values.every((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);

/**
 * Money in đồng. One year: items as rows. A period: years as rows and items as columns, because five years
 * of sums like 1.234.567.890 side by side do not fit an A4 portrait page.
 */
export function moneyTable(ctx: TableContext, caption: string): ReportTable {
  const { figures: f, labels: L, lang } = ctx;
  const t = L.table;
  const defs = moneyIndicators(ctx.c);
  const base = { id: "money", caption, unitLine: t.moneyUnitLine };
  if (f.kind !== "annual") {
    const rows = f.perYear.map((y) => {
      const values = defs.map((d) => valueIn(y, d.id));
      return data([t.year(y.year), ...values, sum(values)]);
    });
    const totals = defs.map((d) => valueIn(f.current, d.id));
    return {
      ...base,
      columns: [
        col(t.yearColumn, "text", 4),
        ...defs.map((d) => col(labelOf(d, lang), "number", 4)),
        col(t.sum, "number", 4),
      ],
      rows: [...rows, { kind: "total", cells: [t.total, ...totals, sum(totals)] }],
    };
  }
  const prev = f.previous;
  const now = defs.map((d) => valueIn(f.current, d.id));
  if (!prev) {
    return {
      ...base,
      columns: [col(t.index, "index", 2), col(t.content, "text", 11), col(t.year(f.reviewYear), "number", 7)],
      rows: [
        ...defs.map((d, i) => data([i + 1, labelOf(d, lang), now[i]])),
        { kind: "total", cells: [null, t.total, sum(now)] },
      ],
    };
  }
  const before = defs.map((d) => valueIn(prev, d.id));
  const ratio = (a: number | null, b: number | null): number | null =>
    a !== null && b !== null ? ratioPercent(a, b) : null;
  return {
    ...base,
    columns: [
      col(t.index, "index", 2),
      col(t.content, "text", 6),
      col(t.year(prev.year), "number", 4),
      col(t.year(f.reviewYear), "number", 4),
      col(t.compare(f.reviewYear, prev.year), "decimal", 4),
    ],
    rows: [
      ...defs.map((d, i) => data([i + 1, labelOf(d, lang), before[i], now[i], ratio(now[i], before[i])])),
      { kind: "total", cells: [null, t.total, sum(before), sum(now), ratio(sum(now), sum(before))] },
    ],
  };
}

/**
 * The rows with at most PRINTED_ROWS data rows (group rows are kept along with theirs), and then one row that
 * says how many more there are and on which sheet of the summary they are.
 */
function printedRows(rows: ReportRow[], ctx: TableContext, sheet: string): ReportRow[] {
  const dataRows = rows.filter((r) => r.kind === "data").length;
  if (dataRows <= PRINTED_ROWS) return rows;
  const printed: ReportRow[] = [];
  let room = PRINTED_ROWS;
  for (const row of rows) {
    if (row.kind === "data" && room-- === 0) break;
    printed.push(row);
  }
  // A group heading with none of its rows printed would stand alone.
  if (printed[printed.length - 1]?.kind === "group") printed.pop();
  const note = ctx.labels.table.rowsNotPrinted(dataRows - PRINTED_ROWS, sheet);
  return [...printed, { kind: "group", cells: [note] }];
}

/** The recognised initiatives, roster order (and year, for a period). */
export function initiativeTable(ctx: TableContext, facts: Facts, caption: string): ReportTable {
  const t = ctx.labels.table;
  const periodic = ctx.figures.kind !== "annual";
  return {
    id: "initiatives",
    caption,
    columns: [
      col(t.index, "index", 2),
      col(t.initiative, "text", periodic ? 10 : 11),
      col(t.unitName, "text", periodic ? 6 : 7),
      ...(periodic ? [col(t.yearColumn, "index", 2)] : []),
    ],
    rows: printedRows(
      facts.recognised.map((r, i) => data([i + 1, r.name, r.unit, ...(periodic ? [r.year] : [])])),
      ctx,
      SUMMARY_SHEETS.initiatives,
    ),
  };
}

/** Every expected unit: the scored ones by rank, then the others with the reason they have no score. */
export function scoreTable(ctx: TableContext, caption: string): ReportTable {
  const { c, campaign, labels: L } = ctx;
  const t = L.table;
  const bandEn = new Map(campaign.scoring.bands.map((b) => [b.label, b.labelEn]));
  const scored = c.scores
    .filter((s) => s.included && s.total !== null && !s.scoreErrors)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.order - b.unit.order);
  const others = c.scores.filter((s) => !scored.includes(s) && (s.unit.expected || s.state !== "missing"));
  const rows: ReportRow[] = [
    ...scored.map((s) =>
      data([
        null,
        s.unit.name,
        s.total,
        t.classLabel(s.classification ?? "", bandEn.get(s.classification ?? "") ?? ""),
        s.rank,
      ]),
    ),
    ...others.map((s) =>
      data([null, s.unit.name, null, s.scoreErrors ? t.scoreErrors : t.unscored(s.state), null]),
    ),
  ];
  rows.forEach((r, i) => (r.cells[0] = i + 1));
  return {
    id: "scores",
    caption,
    unitLine: t.scoreUnitLine,
    columns: [
      col(t.index, "index", 2),
      col(t.unitName, "text", 8),
      col(t.score, "decimal", 3),
      col(t.classification, "text", 5),
      col(t.rank, "number", 2),
    ],
    rows,
  };
}

/** The proposals by form, highest first, numbered within each form. */
export function proposalTable(ctx: TableContext, facts: Facts, caption: string): ReportTable {
  const t = ctx.labels.table;
  const rows: ReportRow[] = facts.proposals.groups.flatMap((g, i) => [
    { kind: "group", cells: [t.formGroup(i + 1, g.form, g.collectives, g.individuals)] } satisfies ReportRow,
    ...g.entries.map((e, j) => data([j + 1, e.name, e.position, e.unit, e.note])),
  ]);
  return {
    id: "proposals",
    caption,
    columns: [
      col(t.index, "index", 2),
      col(t.candidate, "text", 6),
      col(t.position, "text", 4),
      col(t.unitName, "text", 6),
      col(t.note, "text", 2),
    ],
    rows: printedRows(rows, ctx, SUMMARY_SHEETS.proposals),
  };
}
