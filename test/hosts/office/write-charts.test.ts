import { parseRange } from "../../../src/core/workbook-model/address";
import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { summaryPlanFor } from "../../../src/dev/bench-office/scenarios";
import { officeErrorCode } from "../../../src/hosts/office/errors";
import type { ChartRangeState, SheetState } from "../../../src/hosts/fake";
import { FakeExcel } from "../../../src/hosts/fake";
import { never, setup } from "./helpers";

const UNITS = 20;
let summary: WorkbookPlan;
beforeAll(async () => {
  summary = await summaryPlanFor(UNITS);
});

const withoutCharts = (plan: WorkbookPlan): WorkbookPlan => ({
  ...plan,
  sheets: plan.sheets.map((s) => ({ ...s, charts: [] })),
});

function where(excel: FakeExcel, ref: ChartRangeState | undefined): string {
  const sheet = excel.state.sheets.find((s: SheetState) => s.id === ref?.sheetId);
  const r = ref?.range;
  return r ? `${sheet?.name}!${r.top}:${r.left}-${r.bottom}:${r.right}` : "none";
}

const expected = (sheet: string, range: string): string => {
  const r = parseRange(range);
  return `${sheet}!${r.top}:${r.left}-${r.bottom}:${r.right}`;
};

describe("the Office host writes the summary's charts", () => {
  it("adds each chart of the plan, referring to the summary's cells", async () => {
    const { excel, host } = setup();
    await host.writeSheets(summary, never);
    const charts = excel.sheet("Biểu đồ").charts;
    const planned = summary.sheets.find((s) => s.name === "Biểu đồ")?.charts ?? [];
    expect(charts.map((c) => c.type)).toEqual(["BarClustered", "BarClustered", "ColumnClustered"]);
    charts.forEach((chart, i) => {
      const plan = planned[i];
      expect(chart.title).toBe(plan.title);
      const [start, end] = plan.anchor.split(":");
      expect(chart.position).toEqual({ start, end });
      expect(chart.series.map((s) => where(excel, s.values))).toEqual(
        plan.series.map((s) => expected(s.values.sheet, s.values.range)),
      );
      expect(chart.series.map((s) => where(excel, s.categories))).toEqual(
        plan.series.map((s) => expected(s.categories.sheet, s.categories.range)),
      );
      expect(chart.valueMinimum).toBe(0);
    });
    expect(charts[0].series[0].name).toBe("Số tiền ủng hộ Quỹ “Vì người nghèo”");
    expect(charts[0].reversePlotOrder).toBe(true);
    expect(charts[2].reversePlotOrder).toBe(false);
    expect(charts[2].series[0].name).toBe("Số đơn vị");
  });

  it("in the same number of syncs as without charts", async () => {
    const a = setup();
    await a.host.writeSheets(summary, never);
    const b = setup();
    await b.host.writeSheets(withoutCharts(summary), never);
    expect(a.excel.syncs).toBe(b.excel.syncs);
    expect(a.excel.syncs).toBeLessThanOrEqual(8);
  });

  it("points the series at the sheets written beside the old ones when the user keeps them", async () => {
    const { excel, host } = setup();
    await host.writeSheets(summary, never);
    const written = await host.writeSheets(summary, async () => false);
    const chartsSheet = written.find((n) => n.startsWith("Biểu đồ") && n !== "Biểu đồ");
    const indicators = written[0];
    expect(indicators).not.toBe("Tổng hợp chỉ tiêu");
    const charts = excel.sheet(chartsSheet ?? "?").charts;
    expect(charts).toHaveLength(3);
    expect(where(excel, charts[0].series[0].values).startsWith(`${indicators}!`)).toBe(true);
    expect(excel.sheet("Biểu đồ").charts).toHaveLength(3);
  });

  it("adds the years side by side for a period, two series in one chart", async () => {
    const { excel, host } = setup();
    const plan: WorkbookPlan = {
      sheets: [
        {
          name: "Giai đoạn",
          blocks: [
            {
              origin: "A1",
              rows: [
                ["", "Năm 2023", "Năm 2024"],
                ["Hộ được giúp", 5, 7],
                ["Hộ thoát nghèo", 2, 3],
              ],
            },
          ],
          charts: [
            {
              kind: "column",
              title: "Từng năm",
              anchor: "E2:L18",
              series: [2, 3].map((row) => ({
                name: { sheet: "Giai đoạn", range: `A${row}` },
                categories: { sheet: "Giai đoạn", range: "B1:C1" },
                values: { sheet: "Giai đoạn", range: `B${row}:C${row}` },
              })),
            },
          ],
        },
      ],
    };
    await host.writeSheets(plan, never);
    const [chart] = excel.sheet("Giai đoạn").charts;
    expect(chart.series.map((s) => [s.name, where(excel, s.values)])).toEqual([
      ["Hộ được giúp", expected("Giai đoạn", "B2:C2")],
      ["Hộ thoát nghèo", expected("Giai đoạn", "B3:C3")],
    ]);
    expect(chart.legend).toEqual({ visible: true, position: "Bottom" });
  });
});

describe("the fake's charts", () => {
  async function added(type: string, source: string, seriesBy?: string): Promise<string | number> {
    const excel = new FakeExcel();
    excel.addSheet("S");
    try {
      return await excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        ws.charts.add(type, ws.getRange(source), seriesBy);
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a navigation property, loaded on the next line
        const charts = ws.charts;
        charts.load("count");
        await context.sync();
        return charts.count;
      });
    } catch (error) {
      return officeErrorCode(error) ?? String(error);
    }
  }

  it("counts the charts added", async () => {
    expect(await added("ColumnClustered", "A1:B5")).toBe(1);
  });

  it("refuses an unknown chart type, a bad source and a bad way of running series", async () => {
    expect(await added("Column3DFancy", "A1:B5")).toBe("InvalidArgument");
    expect(await added("ColumnClustered", "A1:B5", "Diagonal")).toBe("InvalidArgument");
    const excel = new FakeExcel();
    excel.addSheet("S");
    const code = await excel
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        ws.charts.add("BarClustered", context.workbook.worksheets.getItem("Không có").getRange("A1:A3"));
        await context.sync();
      })
      .then(
        () => "no error",
        (error: unknown) => officeErrorCode(error),
      );
    expect(code).toBe("ItemNotFound");
  });

  it("makes one series per column, or per row, as the source runs", async () => {
    const excel = new FakeExcel();
    excel.addSheet("S");
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.charts.add("ColumnClustered", ws.getRange("A1:C5"), "Columns");
      ws.charts.add("ColumnClustered", ws.getRange("A1:C5"), "Rows");
      ws.charts.add("ColumnClustered", ws.getRange("A1:C1"), "Auto");
      await context.sync();
    });
    expect(excel.sheet("S").charts.map((c) => c.series.length)).toEqual([3, 5, 1]);
  });

  it("needs ExcelApi 1.7 to add a series", async () => {
    const excel = new FakeExcel({ apiVersion: "1.6" });
    excel.addSheet("S");
    const code = await excel
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem("S");
        ws.charts.add("ColumnClustered", ws.getRange("A1:A3")).series.add("x");
        await context.sync();
      })
      .then(
        () => "no error",
        (error: unknown) => officeErrorCode(error),
      );
    expect(code).toBe("ApiNotFound");
  });
});
