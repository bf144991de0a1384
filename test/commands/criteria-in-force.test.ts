/**
 * The ribbon commands work with the criteria in force, as the pane does: the open workbook's criteria
 * sheets when it holds them (jobs/criteria-in-force.ts), else the built-in default.
 */
import { validateActiveSheet } from "../../src/commands/validate-command";
import { FakeExcel } from "../../src/hosts/fake";
import { officeWorkbookHost } from "../../src/hosts/office";
import { editedCriteria, unitWorkbook } from "../helpers/edited-criteria";

async function errorsReported(
  withCriteria: boolean,
): Promise<{ ok: boolean; message: string; notes: string[] }> {
  const excel = new FakeExcel({ workbookName: "PTDT-2024.xlsx" });
  unitWorkbook(excel);
  if (withCriteria) editedCriteria(excel);
  excel.select("Biểu mẫu", "A1");
  const report = await validateActiveSheet(officeWorkbookHost({ env: excel.env }), "vi");
  return { ...report, notes: excel.state.sheets.flatMap((s) => [...s.notes.values()]) };
}

describe("the ribbon's Kiểm tra and the criteria in the workbook", () => {
  it("marks the edited staff rule and the band's consequence, not the unknown unit, when the workbook holds criteria", async () => {
    const builtIn = await errorsReported(false);
    const edited = await errorsReported(true);
    expect(builtIn.notes.join("\n")).toMatch(/không có trong danh sách đơn vị/);
    expect(builtIn.notes.join("\n")).not.toMatch(/phải từ 20 trở lên/);
    expect(edited.notes.join("\n")).toMatch(/Tổng số CCVC-NLĐ phải từ 20 trở lên/);
    expect(edited.notes.join("\n")).toMatch(/hiện: Hoàn thành\)/);
    expect(edited.notes.join("\n")).not.toMatch(/không có trong danh sách đơn vị/);
    // The report says which criteria it used, and that one place in them (the broken rule) was not.
    expect(edited.message).toMatch(/Theo các sheet tiêu chí của sổ này, phiên bản [\d.]+; 1 chỗ /);
    expect(builtIn.message).not.toMatch(/sheet tiêu chí/);
  });
});
