import { FakeExcel, type FakeExcelOptions } from "../../../src/hosts/fake";
import { officeErrorCode } from "../../../src/hosts/office/errors";

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return officeErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
  }
  return undefined;
}

function excelWithSheet(options: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(options);
  excel.addSheet("Data");
  excel.setCells("Data", {
    A1: "tên",
    B1: 5,
    A2: { value: 12, formula: "B1+7" },
    B2: { error: "#REF!", formula: "X1" },
  });
  return excel;
}

describe("the fake follows the Office.js rules the host relies on", () => {
  it("reading a property that was not loaded and synced throws PropertyNotLoaded", async () => {
    const excel = excelWithSheet();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B2");
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- reading too early is what this test checks
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- reading too early is what this test checks
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["tên", 5],
        [12, "#REF!"],
      ]);
      // eslint-disable-next-line office-addins/load-object-before-read -- reading too early is what this test checks
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("writes take effect at sync, in order, and each sync is counted", async () => {
    const excel = excelWithSheet();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["mới"]];
      expect(excel.cell("Data", "C1")).toBeUndefined();
      await context.sync();
      expect(excel.cell("Data", "C1")).toEqual({ value: "mới" });
    });
    expect(excel.syncs).toBe(1);
  });

  it("Excel.run sends what the batch left queued", async () => {
    const excel = excelWithSheet();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [["x"]];
    });
    expect(excel.cell("Data", "C1")).toEqual({ value: "x" });
    expect(excel.syncs).toBe(1);
  });

  it("an array that does not match the range's shape is InvalidArgument", async () => {
    const excel = excelWithSheet();
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("a request over the payload limit is rejected whole, with RequestPayloadSizeLimitExceeded", async () => {
    const excel = excelWithSheet({ payloadBytes: 2_000 });
    const code = await codeOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("D1").values = [["small, sent first in the request"]];
        sheet.getRange("E1:E100").values = Array.from({ length: 100 }, () => ["long text that adds up"]);
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.cell("Data", "D1")).toBeUndefined();
    expect(excel.requests[0]).toMatchObject({ failed: "RequestPayloadSizeLimitExceeded" });
  });

  it("a response over the limit fails with ResponsePayloadSizeLimitExceeded", async () => {
    const excel = excelWithSheet({ payloadBytes: 2_000 });
    excel.setCells(
      "Data",
      Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`C${i + 1}`, "some text"])),
    );
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:C200").load("values");
        await context.sync();
      }),
    );
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("takes strings as typed: =, +, - and @ start formulas, digits become numbers, Text format keeps text", async () => {
    const excel = excelWithSheet();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1:D6").values = [["=SUM(B1)"], ["+8491"], ["-1+2"], ["@x"], ["0912"], ["văn bản"]];
      sheet.getRange("E1:E2").numberFormat = [["@"], ["@"]];
      sheet.getRange("E1:E2").values = [["=SUM(B1)"], ["0912"]];
      await context.sync();
    });
    expect(excel.cell("Data", "D1")).toEqual({ value: null, formula: "SUM(B1)" });
    expect(excel.cell("Data", "D2")).toEqual({ value: null, formula: "+8491" });
    expect(excel.cell("Data", "D3")?.formula).toBe("-1+2");
    expect(excel.cell("Data", "D4")?.formula).toBe("@x");
    expect(excel.cell("Data", "D5")).toEqual({ value: 912 });
    expect(excel.cell("Data", "D6")).toEqual({ value: "văn bản" });
    expect(excel.cell("Data", "E1")).toEqual({ value: "=SUM(B1)" });
    expect(excel.cell("Data", "E2")).toEqual({ value: "0912" });
  });

  it('null in an array leaves the cell alone and "" clears it', async () => {
    const excel = excelWithSheet();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[null, ""]];
      await context.sync();
    });
    expect(excel.cell("Data", "A1")).toEqual({ value: "tên" });
    expect(excel.cell("Data", "B1")).toBeUndefined();
  });

  it("a failing action stops the request; what ran before it stays done", async () => {
    const excel = excelWithSheet({ failWhen: (a) => a.op === "add" && a.path === "worksheets" });
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("C1").values = [["trước"]];
        context.workbook.worksheets.add("Mới");
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    expect(excel.cell("Data", "C1")).toEqual({ value: "trước" });
    expect(excel.sheetNames()).toEqual(["Data"]);
  });

  it("*OrNullObject: isNullObject is known after the sync", async () => {
    const excel = excelWithSheet();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading too early is what this test checks
      expect(() => missing.isNullObject).toThrow();
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("isSetSupported follows the configured ExcelApi version, and APIs above it are missing", async () => {
    const excel = excelWithSheet({ apiVersion: "1.8" });
    expect(excel.env.isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(excel.env.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      // The rule takes these navigation properties for loaded ones; nothing is read from Excel here.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      expect(() => sheet.notes).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      expect(() => sheet.pageLayout).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => sheet.getRange("A1").getMergedAreasOrNullObject()).toThrow(
        expect.objectContaining({ code: "ApiNotFound" }),
      );
    });
  });

  it("a very hidden sheet cannot be deleted, and the last visible sheet cannot be hidden", async () => {
    const excel = excelWithSheet();
    excel.addSheet("Ẩn", "VeryHidden");
    expect(
      await codeOf(excel.run(async (context) => context.workbook.worksheets.getItem("Ẩn").delete())),
    ).toBe("InvalidOperation");
    expect(
      await codeOf(
        excel.run(
          async (context) => void (context.workbook.worksheets.getItem("Data").visibility = "Hidden"),
        ),
      ),
    ).toBe("InvalidOperation");
  });

  it("tables are made from written ranges, with their header row's texts as columns", async () => {
    const excel = excelWithSheet();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1:E3").values = [
        ["Họ tên", "Điểm"],
        ["An", 9],
        ["Bình", 8],
      ];
      const table = sheet.tables.add("Data!D1:E3", true);
      table.name = "tbl_diem";
      table.showTotals = true;
      await context.sync();
    });
    expect(excel.state.tables[0]).toMatchObject({
      name: "tbl_diem",
      columns: ["Họ tên", "Điểm"],
      range: { top: 1, left: 4, bottom: 4, right: 5 },
    });
  });

  it("a range name follows its sheet's rename and refers to #REF! once the sheet is deleted", async () => {
    const excel = excelWithSheet();
    excel.addSheet("Khác");
    const formula = async (): Promise<unknown> =>
      excel.run(async (context) => {
        const names = context.workbook.names;
        names.load("items/formula");
        await context.sync();
        return names.items[0].formula;
      });
    await excel.run(async (context) => {
      context.workbook.names.add("ten_don_vi", "=Data!$A$1");
      context.workbook.worksheets.getItem("Data").name = "Dữ liệu";
      await context.sync();
    });
    expect(await formula()).toBe("='Dữ liệu'!$A$1");
    await excel.run(async (context) => context.workbook.worksheets.getItem("Dữ liệu").delete());
    expect(await formula()).toBe("=#REF!$A$1");
  });
});
