/** @jest-environment jsdom */
/**
 * Criteria edited in the workbook itself: the Office opens the criteria sheets the pane wrote (Trường,
 * Quy tắc, …, Cài đặt) beside a unit's form, changes a rule, a band and the roster, and leaves one rule
 * broken. The Kiểm tra pane on the Office host (over the in-memory Excel) works with those criteria, says
 * so, and shows the broken rule's sheet, row and position while the other rules still run.
 */
import "../taskpane/helpers/browser-globals";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { FakeExcel } from "../../src/hosts/fake";
import { officeWorkbookHost } from "../../src/hosts/office";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import { editedCriteria, NEW_UNIT, STAFF_MESSAGE, unitWorkbook } from "../helpers/edited-criteria";
import { button, cleanup, click, mountSettled, textOf, waitFor } from "../taskpane/helpers/dom";

jest.setTimeout(60_000);
const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };

afterEach(cleanup);

async function validatePane(excel: FakeExcel): Promise<HTMLElement> {
  const host = officeWorkbookHost({ env: excel.env });
  const { container } = await mountSettled(<App host={EXCEL} workbook={host} initialTab="validate" />);
  const pane = container.querySelector<HTMLElement>("#panel-validate");
  if (!pane) throw new Error("no validate panel");
  return pane;
}

async function runCheck(pane: HTMLElement): Promise<string> {
  click(button(pane, "Kiểm tra"));
  await waitFor(
    () => /Đã kiểm tra \d+ biểu mẫu|Không kiểm tra được|không thuộc biểu mẫu/.test(textOf(pane)),
    "the check",
  );
  return textOf(pane);
}

describe("criteria edited in the open workbook", () => {
  it("with the built-in criteria: the unit is unknown, and the staff and band edits do not apply", async () => {
    const excel = new FakeExcel({ workbookName: "PTDT-2024.xlsx" });
    unitWorkbook(excel);
    const pane = await validatePane(excel);
    await waitFor(() => textOf(pane).includes("bộ tiêu chí mặc định"), "the default in force");
    const text = await runCheck(pane);
    expect(text).toContain(`Tên đơn vị “${NEW_UNIT}” không có trong danh sách`);
    expect(text).not.toContain(STAFF_MESSAGE);
    expect(text).not.toContain("(hiện: Hoàn thành)");
  });

  it("with the workbook's edited sheets: the changed rule, band and roster apply, and the broken rule shows its row", async () => {
    const excel = new FakeExcel({ workbookName: "PTDT-2024.xlsx" });
    unitWorkbook(excel);
    const { brokenRow } = editedCriteria(excel);
    excel.select("Biểu mẫu", "A1");
    const pane = await validatePane(excel);
    await waitFor(
      () => textOf(pane).includes("các sheet tiêu chí của sổ này"),
      "the workbook's criteria in force",
    );
    expect(textOf(pane)).toContain(`phiên bản ${DEFAULT_CAMPAIGN.criteriaVersion}`);
    expect(textOf(pane)).toMatch(new RegExp(`Quy tắc, dòng ${brokenRow}, vị trí \\d+: `));

    const text = await runCheck(pane);
    expect(text).toContain(STAFF_MESSAGE);
    expect(text).toContain("(hiện: Hoàn thành)");
    expect(text).not.toContain(`Tên đơn vị “${NEW_UNIT}” không có trong danh sách`);
  });
});
