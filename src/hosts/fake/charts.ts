/**
 * Worksheet.charts: charts.add with a chart type, a source range and how series run (ExcelApi 1.1), the
 * title, legend, position and axes, and the series collection (getItemAt 1.1; add, setValues and
 * setXAxisValues 1.7). As in Excel, a bad type or source is found when the request runs.
 */
import { toA1 } from "../../core/workbook-model/address";
import type { ChartCollectionLike, ChartLike, ChartSeriesLike, RangeLike } from "../office/excel-api";
import { parseAddress } from "./addresses";
import { fail } from "./errors";
import { FakeCollection, FakeObject } from "./object";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request";
import type { ChartRangeState, ChartSeriesState, ChartState, SheetState, WorkbookState } from "./state";

type FindSheet = (state: WorkbookState) => SheetState | undefined;

/** The members of Excel.ChartType the fake knows; any other name is refused as Excel refuses it. */
export const CHART_TYPES = new Set([
  "ColumnClustered",
  "ColumnStacked",
  "ColumnStacked100",
  "BarClustered",
  "BarStacked",
  "BarStacked100",
  "Line",
  "LineMarkers",
  "Pie",
  "Doughnut",
  "Area",
  "XYScatter",
]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);
/** Excel's limit of series in a chart. */
const MAX_SERIES = 255;

function rangeOf(source: RangeLike | string, state: WorkbookState, own?: SheetState): ChartRangeState {
  if (typeof source === "string") {
    const parsed = parseAddress(source);
    const sheet = parsed.sheet === undefined ? own : state.sheetByName(parsed.sheet);
    if (!sheet) fail("InvalidArgument", `The address ${source} is not on a sheet of this workbook.`);
    return { sheetId: sheet.id, range: parsed.range };
  }
  if (!(source instanceof FakeRange)) fail("InvalidArgument", "The source data must be a Range.");
  const t = source.resolve(state);
  return { sheetId: t.sheet.id, range: t.range };
}

/** Series of the source as Excel makes them: one per column or per row, "Auto" along the longer side. */
function seriesOf(source: ChartRangeState, seriesBy: string): ChartSeriesState[] {
  const r = source.range;
  const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && r.right - r.left > r.bottom - r.top);
  const lines = byRows
    ? Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ ...r, top: r.top + i, bottom: r.top + i }))
    : Array.from({ length: r.right - r.left + 1 }, (_, i) => ({ ...r, left: r.left + i, right: r.left + i }));
  if (lines.length > MAX_SERIES) fail("InvalidArgument", `A chart has at most ${MAX_SERIES} series.`);
  return lines.map((range, i) => ({ name: `Series${i + 1}`, values: { sheetId: source.sheetId, range } }));
}

class FakeChartSeries extends FakeObject<ChartSeriesState> implements ChartSeriesLike {
  protected readonly scalars = ["name"];
  readProperty(s: ChartSeriesState, name: string): unknown {
    if (name === "name") return s.name;
    throw new Error(`fake: ChartSeries.${name} is not modelled`);
  }
  get name(): string {
    return this.loadedString("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (s) => (s.name = name));
  }
  setValues(sourceData: RangeLike): void {
    this.context.requireApi(7, "ChartSeries.setValues");
    this.queueCall("setValues", [sourceData instanceof FakeRange ? sourceData.path : "?"], (s, state) => {
      s.values = rangeOf(sourceData, state);
    });
  }
  setXAxisValues(sourceData: RangeLike): void {
    this.context.requireApi(7, "ChartSeries.setXAxisValues");
    this.queueCall(
      "setXAxisValues",
      [sourceData instanceof FakeRange ? sourceData.path : "?"],
      (s, state) => {
        s.categories = rangeOf(sourceData, state);
      },
    );
  }
}

export class FakeChart extends FakeObject<ChartState> implements ChartLike {
  protected readonly scalars = ["name"];

  constructor(
    context: FakeRequestContext,
    path: string,
    find: (state: WorkbookState) => ChartState | undefined,
    private readonly findSheet: FindSheet,
  ) {
    super(context, path, find);
  }

  readProperty(chart: ChartState, name: string): unknown {
    if (name === "name") return chart.name;
    throw new Error(`fake: Chart.${name} is not modelled`);
  }
  get name(): string {
    return this.loadedString("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (chart) => (chart.name = name));
  }

  private setter<V>(property: string, apply: (chart: ChartState, value: V) => void) {
    return (value: V) => this.queueSet(property, value, (chart) => apply(chart, value));
  }

  get title(): ChartLike["title"] {
    const set = this.setter<string>("title.text", (chart, text) => (chart.title = text));
    return {
      get text(): string {
        throw new Error("fake: Chart.title.text is write-only here");
      },
      set text(text: string) {
        set(text);
      },
    };
  }
  get legend(): ChartLike["legend"] {
    const visible = this.setter<boolean>("legend.visible", (chart, v) => (chart.legend.visible = v));
    const position = this.setter<string>("legend.position", (chart, v) => (chart.legend.position = v));
    return {
      get visible(): boolean {
        throw new Error("fake: Chart.legend is write-only here");
      },
      set visible(v: boolean) {
        visible(v);
      },
      get position(): string {
        throw new Error("fake: Chart.legend is write-only here");
      },
      set position(v: string) {
        position(v);
      },
    };
  }
  get axes(): ChartLike["axes"] {
    const reverse = this.setter<boolean>(
      "axes.categoryAxis.reversePlotOrder",
      (c, v) => (c.reversePlotOrder = v),
    );
    const minimum = this.setter<unknown>("axes.valueAxis.minimum", (c, v) => (c.valueMinimum = v));
    const requireApi = () => this.context.requireApi(7, "ChartAxis.reversePlotOrder");
    return {
      categoryAxis: {
        get reversePlotOrder(): boolean {
          throw new Error("fake: Chart.axes is write-only here");
        },
        set reversePlotOrder(v: boolean) {
          requireApi();
          reverse(v);
        },
      },
      valueAxis: {
        get minimum(): unknown {
          throw new Error("fake: Chart.axes is write-only here");
        },
        set minimum(v: unknown) {
          minimum(v);
        },
      },
    };
  }
  get series(): ChartLike["series"] {
    return {
      getItemAt: (index: number) =>
        new FakeChartSeries(this.context, `${this.path}.series.getItemAt(${index})`, (state) =>
          this.target(state).series.at(index < 0 ? Number.NaN : index),
        ),
      add: (name?: string) => {
        this.context.requireApi(7, "ChartSeriesCollection.add");
        let created: ChartSeriesState | undefined;
        this.queueCall("series.add", [name], (chart) => {
          if (chart.series.length >= MAX_SERIES)
            fail("InvalidArgument", `A chart has at most ${MAX_SERIES} series.`);
          created = { name: name ?? `Series${chart.series.length + 1}`, values: chart.series[0].values };
          chart.series.push(created);
        });
        return new FakeChartSeries(this.context, `${this.path}.series.add()`, () => created);
      },
    };
  }
  setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void {
    this.queueCall(
      "setPosition",
      [String(startCell), endCell === undefined ? null : String(endCell)],
      (chart, state) => {
        const sheet = this.findSheet(state);
        const cellOf = (at: RangeLike | string): string => {
          const r = rangeOf(at, state, sheet);
          if (r.sheetId !== sheet?.id) fail("InvalidArgument", "A chart is positioned on its own sheet.");
          return toA1(r.range.top, r.range.left);
        };
        chart.position = {
          start: cellOf(startCell),
          ...(endCell === undefined ? {} : { end: cellOf(endCell) }),
        };
      },
    );
  }
}

export class FakeChartCollection
  extends FakeCollection<ChartState, FakeChart>
  implements ChartCollectionLike
{
  protected readonly itemScalars = ["name"];
  private loadedCount: number | undefined;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly findSheet: FindSheet,
  ) {
    super(context, path, (state) => findSheet(state)?.charts ?? []);
  }

  protected proxyFor(item: ChartState): FakeChart {
    return new FakeChart(
      this.context,
      `${this.path}[${JSON.stringify(item.id)}]`,
      (state) => this.findSheet(state)?.charts.find((c) => c.id === item.id),
      this.findSheet,
    );
  }

  /** load("count") reads the number of charts; other properties are the items'. */
  override load(propertyNames?: string | string[]): this {
    const names =
      propertyNames === undefined
        ? []
        : Array.isArray(propertyNames)
          ? propertyNames
          : propertyNames.split(",");
    const wantsCount = names.some((n) => n.trim() === "count");
    const rest = names.filter((n) => n.trim() !== "count");
    if (wantsCount) {
      this.context.enqueue(
        { path: this.path, op: "load", args: ["count"] },
        (state) =>
          this.findSheet(state)?.charts.length ?? fail("ItemNotFound", "The worksheet does not exist."),
        (count) => (this.loadedCount = Number(count)),
      );
    }
    return !wantsCount || rest.length > 0 ? super.load(rest.length > 0 ? rest : propertyNames) : this;
  }

  get count(): number {
    if (this.loadedCount === undefined) throw new Error("fake: load('count') and sync first");
    return this.loadedCount;
  }

  add(type: string, sourceData: RangeLike, seriesBy = "Auto"): FakeChart {
    let created: ChartState | undefined;
    const source = sourceData instanceof FakeRange ? sourceData.path : "?";
    this.context.enqueue({ path: this.path, op: "add", args: [type, source, seriesBy] }, (state) => {
      const sheet = this.findSheet(state) ?? fail("ItemNotFound", "The worksheet does not exist.");
      if (!CHART_TYPES.has(type)) fail("InvalidArgument", `"${type}" is not a chart type.`);
      if (!SERIES_BY.has(seriesBy)) fail("InvalidArgument", `"${seriesBy}" is not a way series run.`);
      const range = rangeOf(sourceData, state);
      created = {
        id: state.nextId("chart"),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        title: "",
        series: seriesOf(range, seriesBy),
        legend: { visible: true, position: "Right" },
        reversePlotOrder: false,
      };
      sheet.charts.push(created);
    });
    return new FakeChart(
      this.context,
      `${this.path}.add(${JSON.stringify(type)})`,
      () => created,
      this.findSheet,
    );
  }
}
