import { largePlan } from "../../../src/dev/bench-office/scenarios";
import { officeErrorCode } from "../../../src/hosts/office/errors";
import { never, setup } from "./helpers";

describe("writeSheets on Excel on the web: GeneralException for a large request", () => {
  it("sends a request that fails with GeneralException again in halves, and it all arrives", async () => {
    const { excel, host } = setup({ generalExceptionBytes: 150_000 }, { requestBytes: 1_000_000 });
    const plan = largePlan(0.6);
    await host.writeSheets(plan, never);
    expect(excel.requests.some((r) => r.failed === "GeneralException")).toBe(true);
    expect(excel.requests.filter((r) => r.failed === undefined).every((r) => r.bytes <= 150_000)).toBe(true);
    const rows = plan.sheets[0].blocks[0].rows;
    expect(excel.sheet("Dữ liệu lớn").cells.size).toBe(rows.length * 8);
  });

  it("a GeneralException that halving does not cure fails the write with that error, and nothing is left", async () => {
    const { excel, host } = setup({ failWhen: (a) => a.op === "merge" });
    const plan = {
      sheets: [{ name: "Tổng hợp", blocks: [{ origin: "A1", rows: [["Cộng", 1]] }], merges: ["A1:B1"] }],
    };
    const error: unknown = await host.writeSheets(plan, never).catch((e: unknown) => e);
    expect(officeErrorCode(error)).toBe("GeneralException");
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
  });
});
