/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { createBrowserHost } from "../../src/hosts/browser";
import { readWorkbook } from "../../src/hosts/xlsx";
import { App } from "../../src/taskpane/App";
import { BROWSER_HOST } from "../../src/taskpane/host";
import { button, cleanup, click, mountSettled, pickFiles, queryByText, textOf, waitFor } from "./helpers/dom";
import { batch2024, planOf, xlsxFile } from "./helpers/samples";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });

afterEach(cleanup);

const batch = batch2024();

async function renderPage() {
  const downloads: { name: string; bytes: Uint8Array }[] = [];
  const host = createBrowserHost({
    storage: null,
    download: (name, bytes) => downloads.push({ name, bytes }),
  });
  const { container } = await mountSettled(
    <App host={BROWSER_HOST} workbook={host} initialTab="consolidate" />,
  );
  const panel = (tab: string): HTMLElement =>
    container.querySelector<HTMLElement>(`#panel-${tab}`) as HTMLElement;
  return { host, downloads, container, panel };
}

const sheetNames = async (file: { name: string; bytes: Uint8Array }): Promise<string[]> =>
  (await readWorkbook(file.bytes, file.name)).sheets.map((s) => s.name);

describe("Tổng hợp and Báo cáo outside Excel", () => {
  it("downloads each job as its own file, named by what it holds, with only its own sheets", async () => {
    const { downloads, container, panel } = await renderPage();
    const consolidate = panel("consolidate");
    expect(queryByText(consolidate, "button", "Dùng các trang tính đơn vị trong sổ này")).toBeUndefined();
    const files = [
      await xlsxFile(planOf(batch, "VP"), "VP-2024.xlsx"),
      await xlsxFile(planOf(batch, "TTr"), "TTr-2024.xlsx"),
    ];
    pickFiles(consolidate.querySelector('input[type="file"]') as HTMLInputElement, files);
    await waitFor(() => textOf(consolidate).includes("Đã đọc xong 2 tệp."), "the files to be read");

    click(button(consolidate, "Tải xuống tong-hop-2024.xlsx"));
    await waitFor(() => downloads.length === 1, "the summary's download");
    expect(downloads[0].name).toBe("tong-hop-2024.xlsx");
    const summarySheets = await sheetNames(downloads[0]);
    expect(summarySheets).toContain("Tổng hợp chỉ tiêu");
    expect(summarySheets).not.toContain("Báo cáo");
    await waitFor(
      () => textOf(consolidate).includes("“tong-hop-2024.xlsx” đã được tải về máy"),
      "the notice",
    );
    click(button(consolidate, "Tải xuống lần nữa"));
    expect(downloads.map((d) => d.name)).toEqual(["tong-hop-2024.xlsx", "tong-hop-2024.xlsx"]);

    click(container.querySelector("#tab-report") as HTMLElement);
    await waitFor(
      () => !panel("report").hidden && textOf(panel("report")).includes("Loại báo cáo"),
      "the report pane",
    );
    const report = panel("report");
    // No selected cell outside Excel: no insert, and the pane says where its figures come from.
    expect(queryByText(report, "button", "Chèn vào ô đang chọn")).toBeUndefined();
    expect(textOf(report)).toContain("Số liệu lấy từ 2 báo cáo đã chọn ở thẻ Tổng hợp.");
    expect(textOf(report)).not.toContain("trong sổ này");
    click(button(report, "Tải xuống báo cáo (bao-cao-nam-2024.xlsx)"));
    await waitFor(() => downloads.length === 3, "the report's download");
    expect(downloads[2].name).toBe("bao-cao-nam-2024.xlsx");
    expect(await sheetNames(downloads[2])).toEqual(["Báo cáo"]);
    expect(button(report, "Tải xuống bản Word (bao-cao-nam-2024.docx)")).toBeDefined();

    click(container.querySelector("#tab-template") as HTMLElement);
    await waitFor(() => textOf(panel("template")).includes("Tải xuống bộ tiêu chí"), "the template pane");
    click(button(panel("template"), "Tải xuống bộ tiêu chí (tieu-chi.xlsx)"));
    await waitFor(() => downloads.length === 4, "the criteria's download");
    expect(downloads[3].name).toBe("tieu-chi.xlsx");
    expect(await sheetNames(downloads[3])).not.toContain("Báo cáo");
    expect(await sheetNames(downloads[3])).not.toContain("Tổng hợp chỉ tiêu");
  });

  it("says the report's figures come from the files opened on Kiểm tra when none is chosen on Tổng hợp", async () => {
    const { container, panel } = await renderPage();
    click(container.querySelector("#tab-report") as HTMLElement);
    await waitFor(() => textOf(panel("report")).includes("Loại báo cáo"), "the report pane");
    expect(textOf(panel("report"))).toContain("Chưa có số liệu: hãy chọn tệp của các đơn vị ở thẻ Tổng hợp.");
  });
});
