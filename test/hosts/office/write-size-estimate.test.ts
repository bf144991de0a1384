import type { PlanValue } from "../../../src/core/workbook-model/plan";
import { FakeExcel } from "../../../src/hosts/fake";
import { collectGrid, MAX_OP_BYTES, valueOps } from "../../../src/hosts/office/write/value-ops";

/** Sends the ops in one request to the fake and gives what it measured. */
async function measured(ops: ReturnType<typeof valueOps>): Promise<number> {
  const excel = new FakeExcel();
  excel.addSheet("S");
  await excel.run(async (context) => {
    for (const op of ops) op.queue(context);
    await context.sync();
  });
  return excel.requests[0].bytes;
}

const LONG = "Hoàn thành xuất sắc nhiệm vụ, đề nghị Giám đốc Sở tặng Giấy khen cho tập thể. ".repeat(3);

describe("the size of a request, estimated before it is sent", () => {
  it("counts a formula's text once, not again with its cached result, so a band is cut where the request is large", async () => {
    // Each cell's formula yields a long text; only "=IF(…)" travels, the result stays in the plan.
    const rows: PlanValue[][] = Array.from({ length: 2000 }, (_, i) => [
      { formula: `IF(A${i + 1}>0,"Đạt","Chưa đạt")`, result: LONG },
      `Đơn vị ${i}`,
    ]);
    const ops = valueOps("S", collectGrid([{ origin: "B1", rows }]));
    const estimate = ops.reduce((n, op) => n + op.bytes, 0);
    const sent = await measured(ops);
    expect(sent).toBeLessThan(MAX_OP_BYTES);
    // One band: the text is counted once, as the request carries it.
    expect(ops).toHaveLength(1);
    expect(Math.abs(estimate - sent) / sent).toBeLessThan(0.02);
  });

  it("estimates plain text, text kept as text (“0912…”) and formulas within 2% of what is sent", async () => {
    const kinds: ((i: number, j: number) => PlanValue)[] = [
      (i, j) => `Nguyễn Văn An ${i}${j}`,
      (i, j) => `0912${i}${j}345`,
      (i) => ({ formula: `SUM(A${i + 1}:B${i + 1})`, result: i }),
    ];
    for (const kind of kinds) {
      const rows = Array.from({ length: 200 }, (_, i) => Array.from({ length: 5 }, (_, j) => kind(i, j)));
      const ops = valueOps("S", collectGrid([{ origin: "A1", rows }]));
      const estimate = ops.reduce((n, op) => n + op.bytes, 0);
      const sent = await measured(ops);
      expect(Math.abs(estimate - sent) / sent).toBeLessThan(0.02);
    }
  });
});
