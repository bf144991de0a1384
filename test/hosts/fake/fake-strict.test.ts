import { uniqueSheetName } from "../../../src/core/workbook-model/sheet-names";
import { FakeExcel } from "../../../src/hosts/fake";
import { officeErrorCode } from "../../../src/hosts/office/errors";

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return officeErrorCode(error) ?? String(error);
  }
  return undefined;
}

function excelWithSheet(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Dữ liệu");
  return excel;
}

describe("the fake is as strict as Excel", () => {
  it("refuses a sheet named History (any case) and names over 31 characters", async () => {
    const excel = excelWithSheet();
    const add = (name: string): Promise<string | undefined> =>
      codeOf(excel.run(async (context) => void context.workbook.worksheets.add(name)));
    expect(await add("History")).toBe("InvalidArgument");
    expect(await add("history")).toBe("InvalidArgument");
    expect(await add("Tổng hợp điểm thi đua năm 2024 (cũ)")).toBe("InvalidArgument");
    expect(excel.sheetNames()).toEqual(["Dữ liệu"]);
  });

  it("a protected workbook structure refuses adding, deleting and renaming sheets", async () => {
    const excel = excelWithSheet();
    excel.addSheet("Khác");
    excel.state.structureProtected = true;
    const ws = (context: Parameters<Parameters<FakeExcel["run"]>[0]>[0]) => context.workbook.worksheets;
    expect(await codeOf(excel.run(async (c) => void ws(c).add("Mới")))).toBe("AccessDenied");
    expect(await codeOf(excel.run(async (c) => ws(c).getItem("Khác").delete()))).toBe("AccessDenied");
    expect(await codeOf(excel.run(async (c) => void (ws(c).getItem("Khác").name = "Đổi")))).toBe(
      "AccessDenied",
    );
    expect(excel.sheetNames()).toEqual(["Dữ liệu", "Khác"]);
  });

  it("a cell holds a note or a threaded comment, not both", async () => {
    const excel = excelWithSheet();
    excel.sheet("Dữ liệu").comments.set("B2", "ý kiến");
    excel.sheet("Dữ liệu").notes.set("C2", "ghi chú");
    const sheet = (c: Parameters<Parameters<FakeExcel["run"]>[0]>[0]) =>
      c.workbook.worksheets.getItem("Dữ liệu");
    expect(await codeOf(excel.run(async (c) => sheet(c).notes.add("B2", "x")))).toBe("InvalidOperation");
    expect(await codeOf(excel.run(async (c) => sheet(c).comments.add("'Dữ liệu'!C2", "x")))).toBe(
      "InvalidOperation",
    );
  });

  it("getRangeByIndexes with bad arguments fails at sync(), not when queued", async () => {
    const excel = excelWithSheet();
    let queued = false;
    const code = await codeOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Dữ liệu").getRangeByIndexes(0, 0, 0, 3);
        range.load("address");
        queued = true;
        await context.sync();
      }),
    );
    expect(queued).toBe(true);
    expect(code).toBe("InvalidArgument");
  });

  it("a selection of several areas makes getSelectedRange fail with InvalidSelection", async () => {
    const excel = excelWithSheet();
    excel.select("Dữ liệu", "A1:B2,D5");
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidSelection");
  });

  it("unique sheet names avoid History and stay within 31 characters", () => {
    expect(uniqueSheetName("History", new Set())).toBe("History (2)");
    const long = "Tổng hợp điểm thi đua năm 2024";
    expect(uniqueSheetName(long, new Set([long.toLowerCase()]))).toHaveLength(31);
  });
});
