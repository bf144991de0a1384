import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { FakeExcel, type FakeExcelOptions } from "../../../src/hosts/fake";
import { officeWorkbookHost, type HostNotice, type OfficeHostOptions } from "../../../src/hosts/office";
import type { WorkbookHost } from "../../../src/hosts/workbook-host";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";

export interface Setup {
  excel: FakeExcel;
  host: WorkbookHost;
  notices: HostNotice[];
}

/** A fake Excel with one sheet (a workbook always has one) and the Office host on it. */
export function setup(
  options: FakeExcelOptions = {},
  host: Omit<OfficeHostOptions, "env" | "notice"> = {},
): Setup {
  const excel = new FakeExcel(options);
  excel.addSheet("Sheet1");
  const notices: HostNotice[] = [];
  return {
    excel,
    notices,
    host: officeWorkbookHost({ ...host, env: excel.env, notice: (n) => notices.push(n) }),
  };
}

export const never = async (): Promise<boolean> => {
  throw new Error("confirmReplace should not be asked");
};

/**
 * What was written, read back, matches the plan: every value and formula (the fake does not calculate, so
 * formulas are compared by their text), merges and tables.
 */
export function expectWritten(
  read: WorkbookSnapshot,
  plan: WorkbookPlan,
  names = plan.sheets.map((s) => s.name),
): void {
  const expected = planToSnapshot(plan);
  expected.sheets.forEach((sheet, i) => {
    const actual = read.sheets.find((s) => s.name === names[i]);
    expect(actual).toBeDefined();
    const values = (cells: WorkbookSnapshot["sheets"][number]["cells"]): Record<string, unknown> =>
      Object.fromEntries(
        Object.entries(cells).map(([a, c]) => [a, c.formula !== undefined ? `=${c.formula}` : c.value]),
      );
    expect(values(actual?.cells ?? {})).toEqual(values(sheet.cells));
    expect([...(actual?.merges ?? [])].sort()).toEqual([...sheet.merges].sort());
  });
  const tables = (s: WorkbookSnapshot): unknown[] =>
    s.tables.map((t) => ({ name: t.name, ref: t.ref, columns: t.columns, totalsRow: t.totalsRow === true }));
  expect(tables(read)).toEqual(
    expect.arrayContaining(
      tables(expected).map((t) => expect.objectContaining(t as Record<string, unknown>)),
    ),
  );
}
