/** One file read and checked: whatever the file holds, it gets its findings and never stops the others. */
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import type { WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import * as xlsx from "../../src/hosts/xlsx";
import { consolidate } from "../../src/core/consolidation";
import { buildSummaryPlan } from "../../src/core/consolidation/plan/build-summary-plan";
import { checkFile, readWholeOrRecord } from "../../src/jobs/read-file";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { patchXlsx, xlsxParts } from "../hosts/xlsx/zip-parts";

const TODAY = 45_650;
const check = (bytes: Uint8Array, reader: typeof xlsx = xlsx) =>
  checkFile("VP.xlsx", async () => bytes, DEFAULT_CAMPAIGN, { today: TODAY, reader });

/** A reader whose snapshot's sheets fail when their cells are first asked for, as a lazy sheet may. */
function failingReader(failure: Error): typeof xlsx {
  return {
    ...xlsx,
    readWorkbook: async (bytes: Uint8Array, name: string) => {
      const snapshot: WorkbookSnapshot = await xlsx.readWorkbook(bytes, name);
      for (const sheet of snapshot.sheets)
        Object.defineProperty(sheet, "cells", {
          get: () => {
            throw failure;
          },
        });
      return snapshot;
    },
  };
}

describe("checking one file", () => {
  let unitBytes: Uint8Array;
  beforeAll(async () => {
    unitBytes = await xlsx.writeWorkbook(unitPlan(baselineUnit()));
  });

  it("checks a damaged file with a cell beyond Excel's last row as Excel's repair would", async () => {
    const sheets = Object.keys(await xlsxParts(unitBytes)).filter((p) => p.startsWith("xl/worksheets/s"));
    const farRow = '<row r="999999999"><c t="inlineStr"><is><t>xa</t></is></c></row></sheetData>';
    const patch = Object.fromEntries(
      sheets.map((p) => [p, (xml: string) => xml.replace("</sheetData>", farRow)]),
    );
    const input = await check(await patchXlsx(unitBytes, patch));
    expect(input.check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(input.check.result?.submission.fields.unit_name?.value).toBe("Văn phòng Sở");
  });

  it("makes a fault of the check a finding of the file, with the fault only in the detail", async () => {
    const input = await check(unitBytes, failingReader(new TypeError("x is undefined")));
    expect(input.check.valid).toBe(false);
    expect(input.check.findings).toEqual([
      expect.objectContaining({
        code: "unreadable-workbook",
        file: "VP.xlsx",
        params: { variant: "check-failed", detail: "x is undefined" },
      }),
    ]);
    expect(input.checksum).toMatch(/^[0-9a-f]{8}$/);
  });

  it("names a read failure of a sheet read late by the reader's own reason", async () => {
    const late = new xlsx.WorkbookReadError("too-large", "VP.xlsx", "too many cells", "12 cells");
    const input = await check(unitBytes, failingReader(late));
    expect(input.check.findings[0].params).toEqual({ variant: "too-large", detail: "12 cells" });
  });
});

describe("a workbook too large to read whole", () => {
  /** The reader with a cell limit a small summary exceeds: what a summary of thousands of units meets. */
  const smallLimit: typeof xlsx = {
    ...xlsx,
    readWorkbook: async (bytes, name) => xlsx.readWorkbookBytes(bytes, name, { maxCells: 50 }),
    readSheetsOnly: async (bytes, name, sheets) =>
      xlsx.readWorkbookBytes(bytes, name, { maxCells: 50 }, new Set(sheets)),
  };
  let summaryBytes: Uint8Array;
  let unitBytes: Uint8Array;
  beforeAll(async () => {
    const summary = buildSummaryPlan(consolidate([], DEFAULT_CAMPAIGN, { year: 2024 }), DEFAULT_CAMPAIGN);
    summaryBytes = await xlsx.writeWorkbook(summary);
    unitBytes = await xlsx.writeWorkbook(unitPlan(baselineUnit()));
  });

  it("is thidua's own summary when its hidden record says so, read within the same limit", async () => {
    const read = await readWholeOrRecord(summaryBytes, "tong-hop.xlsx", smallLimit, DEFAULT_CAMPAIGN);
    expect("snapshot" in read && read.snapshot.sheets.map((s) => s.name)).toContain("Tình trạng nộp");
    const input = await check(summaryBytes, smallLimit);
    expect(input.check.findings).toEqual([
      expect.objectContaining({ code: "thidua-output", params: { variant: "summary" } }),
    ]);
  });

  it("is still too large when it is a unit's form", async () => {
    const input = await check(unitBytes, smallLimit);
    expect(input.check.findings).toEqual([
      expect.objectContaining({
        code: "unreadable-workbook",
        params: expect.objectContaining({ variant: "too-large" }),
      }),
    ]);
  });
});
