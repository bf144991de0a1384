/** @jest-environment jsdom */
/**
 * The panes driving the real Office host (src/hosts/office) over the in-memory Excel (src/hosts/fake):
 * what a user does in Excel, with Office.js's load/sync rules enforced and round trips counted.
 */
import "./helpers/browser-globals";
import { FakeExcel, seedPlan } from "../../src/hosts/fake";
import { officeWorkbookHost } from "../../src/hosts/office";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import { button, cleanup, click, mountSettled, pickFiles, textOf, waitFor } from "./helpers/dom";
import { batch2024, planOf, xlsxFile } from "./helpers/samples";

const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };
const batch = batch2024();

afterEach(cleanup);

async function panel(excel: FakeExcel, tab: "consolidate" | "validate"): Promise<HTMLElement> {
  const host = officeWorkbookHost({ env: excel.env });
  const { container } = await mountSettled(<App host={EXCEL} workbook={host} initialTab={tab} />);
  const found = container.querySelector<HTMLElement>(`#panel-${tab}`);
  if (!found) throw new Error(`no ${tab} panel`);
  return found;
}

const messageBars = (root: HTMLElement): string[] =>
  [...root.querySelectorAll(".fui-MessageBar")].map(textOf);

describe("the panes on the Office host", () => {
  it("consolidates picked files into summary sheets in a bounded number of round trips", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const files = await Promise.all(
      ["VP", "KHTC", "QLXD"].map(async (u) => xlsxFile(planOf(batch, u), `${u}-2024.xlsx`)),
    );
    const pane = await panel(excel, "consolidate");
    pickFiles(pane.querySelector('input[type="file"]') as HTMLInputElement, files);
    await waitFor(
      () => !/Đang (chờ|đọc)/.test(textOf(pane)) && textOf(pane).includes("QLXD-2024.xlsx"),
      "the files read",
    );
    excel.resetCounts();
    click(button(pane, "Ghi các trang tổng hợp"));
    await waitFor(() => messageBars(pane).some((m) => m.startsWith("Đã ghi")), "the summary written");
    expect(excel.sheetNames()).toEqual(
      expect.arrayContaining(["Tổng hợp chỉ tiêu", "Tình trạng nộp", "Nguồn số liệu"]),
    );
    expect(excel.syncs).toBeLessThanOrEqual(8);
  }, 60_000);

  it("validates the unit sheet open in Excel and selects a finding's cell when clicked", async () => {
    const excel = new FakeExcel({ workbookName: "QLXD-2024.xlsx" });
    const faulty = structuredClone(planOf(batch, "QLXD"));
    const form = faulty.sheets.find((s) => s.name === "Biểu mẫu");
    form?.blocks.push({ origin: "D12", rows: [[""]] }); // head_name left empty
    seedPlan(excel, faulty);
    excel.select("Biểu mẫu", "A1"); // the clerk has the unit's form open
    const pane = await panel(excel, "validate");
    click(button(pane, "Kiểm tra"));
    await waitFor(() => textOf(pane).includes("Chưa nhập “Thủ trưởng đơn vị”"), "the finding");
    const finding = [...pane.querySelectorAll("button")].find((b) => textOf(b).includes("Thủ trưởng đơn vị"));
    click(finding as HTMLButtonElement);
    await waitFor(() => excel.state.selection?.range.top === 12, "the selection");
    expect(excel.state.selection?.range).toMatchObject({ top: 12, left: 4 });
  }, 60_000);
});
