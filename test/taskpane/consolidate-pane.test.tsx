/** @jest-environment jsdom */
import "./helpers/browser-globals";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { checkInputFile } from "../../src/cli/read-file-check";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { buildSummaryPlan, consolidate } from "../../src/core/consolidation";
import type { WorkbookPlan } from "../../src/core/workbook-model/plan";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import { MAX_SHOWN } from "../../src/taskpane/validate/FindingsList";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import { baselineUnit, initiativesOfUnknownKind, unitPlan } from "../helpers/unit-workbook";
import {
  mountSettled,
  button,
  cleanup,
  click,
  getByText,
  pickFiles,
  settle,
  textOf,
  waitFor,
} from "./helpers/dom";
import { fakeHost, type FakeHost } from "./helpers/fake-host";
import { mergeUnitWorkbooks } from "./helpers/merge-units";
import { batch2024, corruptFile, planOf, xlsxFile } from "./helpers/samples";

// jsdom lays nothing out; Fluent's overflow (under the charts' legends) only needs ResizeObserver to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });

const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };
const batch = batch2024();
let files: File[];

beforeAll(async () => {
  files = [
    await xlsxFile(planOf(batch, "VP"), "VP-2024.xlsx"),
    await xlsxFile(planOf(batch, "TTr"), "TTr-2024.xlsx"),
    await xlsxFile(planOf(batch, "KHTC", true), "KHTC-2024-ban-nhap.xlsx"),
    await xlsxFile(planOf(batch, "KHTC"), "KHTC-2024.xlsx"),
    corruptFile("hong.xlsx"),
    new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])], "cu.xls"),
  ];
});

afterEach(() => {
  cleanup();
  jest.useRealTimers();
});

async function render(host: FakeHost): Promise<HTMLElement> {
  const { container } = await mountSettled(<App host={EXCEL} workbook={host} initialTab="consolidate" />);
  const panel = container.querySelector<HTMLElement>("#panel-consolidate");
  if (!panel || panel.hidden) throw new Error("the consolidate panel is not shown");
  return panel;
}

const fileInput = (panel: HTMLElement): HTMLInputElement =>
  panel.querySelector('input[type="file"]') as HTMLInputElement;
const entries = (panel: HTMLElement): string[] =>
  [...panel.querySelectorAll('ul[aria-label="Tệp và trang tính đã chọn"] > li')].map((li) =>
    textOf(li.firstElementChild as Element),
  );
const entry = (panel: HTMLElement, name: string): string => {
  const found = entries(panel).find((e) => e.startsWith(name));
  if (!found) throw new Error(`no entry ${name}`);
  return found;
};
const summary = (panel: HTMLElement): Record<string, string> => {
  const dl = panel.querySelector('dl[aria-label="Tình hình nhận báo cáo"]');
  if (!dl) throw new Error("no summary");
  const terms = [...dl.querySelectorAll("dt")].map(textOf);
  const values = [...dl.querySelectorAll("dd")].map(textOf);
  return Object.fromEntries(terms.map((t, i) => [t, values[i]]));
};
const liveStatus = (panel: HTMLElement): string => textOf(panel.querySelector('[role="status"]') as Element);
/** Every entry has its status and the pane has stopped reading (its live status says it finished). */
const allRead = (panel: HTMLElement, count: number) => () =>
  entries(panel).length === count &&
  entries(panel).every((e) => !/Đang (chờ|đọc)/.test(e)) &&
  /^Đã đọc xong|^$/.test(liveStatus(panel)) &&
  panel.querySelector('[role="progressbar"]') === null;

async function pickAndRead(panel: HTMLElement, picked: File[]): Promise<void> {
  pickFiles(fileInput(panel), picked);
  await waitFor(allRead(panel, picked.length), "every file to be read");
}

const boardRows = (panel: HTMLElement): string[] =>
  [...panel.querySelectorAll('ul[aria-label="Tình trạng từng đơn vị"] > li')].map(textOf);

const messageBars = (panel: HTMLElement): string[] =>
  [...panel.querySelectorAll(".fui-MessageBar")].map(textOf);

describe("Tổng hợp pane", () => {
  it("offers a labelled picker of .xlsx (and .xlsm, .ods) for many files and a drop zone", async () => {
    const panel = await render(fakeHost());
    const input = fileInput(panel);
    expect(input.multiple).toBe(true);
    expect(input.accept.split(",")).toEqual(expect.arrayContaining([".xlsx", ".xlsm", ".ods"]));
    expect(input.getAttribute("aria-label")).toBe("Chọn tệp…");
    expect(button(panel, "Chọn tệp…")).toBeDefined();
    expect(panel.textContent).toContain("Kéo và thả các tệp của đơn vị (.xlsx, .xlsm, .ods) vào đây");
  });

  it("reads picked files one by one, showing each file's progress, status and findings", async () => {
    const panel = await render(fakeHost());
    const said: string[] = [];
    const status = panel.querySelector('[role="status"]') as Element;
    const observer = new MutationObserver(() => said.push(textOf(status)));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    pickFiles(fileInput(panel), files);
    expect(entries(panel)).toHaveLength(6);
    expect(entries(panel).some((e) => /Đang (chờ|đọc)/.test(e))).toBe(true);
    // Fluent's pattern: the count as the bar's label, above it, and a button that stops reading.
    const bar = panel.querySelector('[role="progressbar"]') as HTMLElement;
    const label = document.getElementById(bar.getAttribute("aria-labelledby") ?? "");
    expect(textOf(label as Element)).toMatch(/^Đang đọc \d\/6 tệp$/);
    expect(button(panel, "Dừng đọc")).toBeDefined();
    expect(liveStatus(panel)).toBe("Đang đọc 6 tệp…");
    // The warning of the files not used waits for the end: a message bar is announced too.
    expect(textOf(panel)).not.toContain("sẽ không được dùng");
    await waitFor(allRead(panel, 6), "every file to be read");
    observer.disconnect();
    // The live region said that reading started and that it ended, never each file.
    expect([...new Set(said)]).toEqual(["Đang đọc 6 tệp…", "Đã đọc xong 6 tệp."]);

    expect(entry(panel, "VP-2024.xlsx")).toMatch(
      /^VP-2024\.xlsxVăn phòng Sở, năm 2024Hợp lệ \(\d+ cảnh báo\)Dùng để tổng hợp$/,
    );
    expect(entry(panel, "TTr-2024.xlsx")).toMatch(/Có lỗi: [1-9]\d* lỗi, \d+ cảnh báo(Dùng để tổng hợp)?$/);
    expect(entry(panel, "KHTC-2024-ban-nhap.xlsx")).toContain(
      "Không dùng: bản cũ hơn; dùng KHTC-2024.xlsx (ngày lập báo cáo muộn hơn)",
    );
    expect(entry(panel, "hong.xlsx")).toContain(
      "Tệp không phải là sổ Excel .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx.",
    );
    expect(entry(panel, "cu.xls")).toContain("Tệp Excel 97-2003 (.xls).");
    expect(panel.querySelector('[role="progressbar"]')).toBeNull();

    const ttr = [...panel.querySelectorAll("details")].find((d) =>
      textOf(d.closest("li") as Element).startsWith("TTr"),
    );
    expect(textOf(ttr?.querySelector("summary") as Element)).toMatch(/^Xem \d+ kết quả kiểm tra$/);
    expect(textOf(ttr as Element)).toContain("bằng chữ");

    expect(summary(panel)).toEqual({
      "Đã nhận / cần nhận": "3/10",
      "Hợp lệ": "2",
      "Có lỗi": "1",
      "Chưa nộp": "7",
      "Nộp trùng": "1",
      "Không đọc được": "2",
    });
    const board = boardRows(panel);
    expect(board).toHaveLength(12);
    expect(board).toContain("Văn phòng SởHợp lệ: VP-2024.xlsx");
    expect(board).toContain("Phòng Quản lý xây dựngChưa nộp");
    expect(board).toContain(
      "Phòng Kế hoạch - Tài chínhNộp trùng: dùng KHTC-2024.xlsx; không dùng KHTC-2024-ban-nhap.xlsx",
    );
    expect(board.find((r) => r.startsWith("Thanh tra Sở"))).toMatch(
      /^Thanh tra SởCó [1-9]\d* lỗi: TTr-2024\.xlsx$/,
    );
    expect(board.slice(10)).toEqual(["cu.xlsKhông đọc được tệp này", "hong.xlsxKhông đọc được tệp này"]);
    expect(textOf(panel)).toContain("Tình trạng nộp năm 2024");
    // The charts arrive in their own chunk: the reports by status, and the main figures by unit.
    await waitFor(() => panel.querySelectorAll("figure").length === 3, "the charts");
    const figures = [...panel.querySelectorAll("figure")];
    expect(textOf(figures[0])).toContain("Đã nhận 3/10 báo cáo");
    expect(figures.slice(1).map((f) => textOf(f.querySelector("figcaption") as Element))).toEqual([
      "Số tiền ủng hộ Quỹ “Vì người nghèo” (đồng)",
      "Hộ nghèo được giúp đỡ (hộ)",
    ]);
    expect(textOf(figures[1])).toContain("VP");
    const warning = messageBars(panel).find((m) => m.includes("sẽ không được dùng")) ?? "";
    expect(warning).toContain("3 tệp sẽ không được dùng để tổng hợp");
    expect(warning).toContain("Không dùng: không đọc được — 2 tệp: hong.xlsx, cu.xls");
    expect(warning).toContain(
      "Không dùng: bản cũ hơn; dùng KHTC-2024.xlsx (ngày lập báo cáo muộn hơn) — 1 tệp",
    );
  });

  it("opens on the board of every unit, all missing, before any file is chosen", async () => {
    const panel = await render(fakeHost());
    expect(boardRows(panel)).toHaveLength(10);
    expect(boardRows(panel).every((r) => r.endsWith("Chưa nộp"))).toBe(true);
    expect(summary(panel)).toEqual({ "Đã nhận / cần nhận": "0/10", "Chưa nộp": "10" });
  });

  it("says how many of a file's findings it shows when there are more than it lists", async () => {
    const panel = await render(fakeHost());
    const unit = baselineUnit();
    unit.tables.tbl_initiatives = initiativesOfUnknownKind(600);
    await pickAndRead(panel, [await xlsxFile(unitPlan(unit), "VP-2024.xlsx")]);
    const details = panel.querySelector("details") as HTMLElement;
    const count = Number(
      /^Xem (\d+) kết quả kiểm tra$/.exec(textOf(details.querySelector("summary") as Element))?.[1],
    );
    expect(count).toBeGreaterThan(MAX_SHOWN);
    expect(details.querySelectorAll("li")).toHaveLength(MAX_SHOWN);
    expect(textOf(details)).toContain(
      `Đang hiện ${MAX_SHOWN} trong ${count} kết quả kiểm tra của tệp này. Hãy mở tệp và dùng Kiểm tra để xem hết.`,
    );
  }, 30_000);

  it("tells a summary or a Word file thidua wrote, picked with the units' files, as thidua's own: no error, not unreadable", async () => {
    const panel = await render(fakeHost());
    const doc = new Document({ creator: "thidua", sections: [{ children: [new Paragraph("Báo cáo")] }] });
    const letter = new File([new Uint8Array(await Packer.toArrayBuffer(doc))], "bao-cao-TTr-2024.docx");
    const c = consolidate([], DEFAULT_CAMPAIGN, { year: 2024 });
    const summaryFile = await xlsxFile(buildSummaryPlan(c, DEFAULT_CAMPAIGN), "tong-hop-2024.xlsx");
    await pickAndRead(panel, [files[0], letter, summaryFile]);
    expect(entry(panel, "bao-cao-TTr-2024.docx")).toBe(
      "bao-cao-TTr-2024.docxTệp này là văn bản Word do thidua tạo ra (báo cáo, công văn đôn đốc), không phải báo cáo của một đơn vị: không dùng để tổng hợp.Không dùng: tệp do thidua tạo ra, không phải báo cáo của đơn vị",
    );
    expect(entry(panel, "tong-hop-2024.xlsx")).toBe(
      "tong-hop-2024.xlsxTệp này là bảng tổng hợp do thidua tạo ra, không phải báo cáo của một đơn vị: không dùng để tổng hợp.Không dùng: tệp do thidua tạo ra, không phải báo cáo của đơn vị",
    );
    // Nothing is wrong with them: the icon is a note's, not an error's.
    const iconOf = (name: string) =>
      [...panel.querySelectorAll("li")]
        .find((li) => textOf(li).startsWith(name))
        ?.querySelector("svg path:last-child")
        ?.getAttribute("d");
    expect(iconOf("bao-cao-TTr-2024.docx")).toBe("M8 7v4.5M8 4.6v.4");
    expect(iconOf("tong-hop-2024.xlsx")).toBe("M8 7v4.5M8 4.6v.4");
    expect(summary(panel)).not.toHaveProperty("Không đọc được");
    expect(boardRows(panel)).toContain("Thanh tra SởChưa nộp");
  });

  it("says of a unit not reported that it sent a document, when a PDF or Word file given names it", async () => {
    const panel = await render(fakeHost());
    const pdf = new File([new TextEncoder().encode("%PDF-1.7\n")], "Phòng Quản lý xây dựng 2024.pdf");
    await pickAndRead(panel, [files[0], pdf]);
    expect(entry(panel, "Phòng Quản lý xây dựng 2024.pdf")).toContain("Tệp là văn bản PDF");
    expect(boardRows(panel)).toContain(
      "Phòng Quản lý xây dựngChưa nộp biểu mẫu Excel; có văn bản: Phòng Quản lý xây dựng 2024.pdf",
    );
    expect(boardRows(panel)).toContain("Thanh tra SởChưa nộp");
  });

  it("counts a file opened twice, or a byte-identical copy, as one file; a file can be removed", async () => {
    const panel = await render(fakeHost());
    const vp = files[0];
    const copy = new File([await vp.arrayBuffer()], "VP-2024 - Copy.xlsx");
    await pickAndRead(panel, [vp, files[1]]);
    pickFiles(fileInput(panel), [vp, copy]);
    await waitFor(allRead(panel, 3), "the second pick to be read");
    expect(entries(panel).map((e) => e.split(".xlsx")[0])).toEqual(["TTr-2024", "VP-2024", "VP-2024 - Copy"]);
    expect(entry(panel, "VP-2024 - Copy.xlsx")).toContain(
      "Không dùng: giống hệt tệp VP-2024.xlsx (một tệp, không phải nộp trùng)",
    );
    expect(summary(panel)["Đã nhận / cần nhận"]).toBe("2/10");
    expect(summary(panel)["Nộp trùng"]).toBeUndefined();
    expect(boardRows(panel).some((r) => r.includes("Nộp trùng"))).toBe(false);

    click(panel.querySelector('button[aria-label="Bỏ TTr-2024.xlsx khỏi danh sách"]') as HTMLElement);
    expect(entries(panel).map((e) => e.split(".xlsx")[0])).toEqual(["VP-2024", "VP-2024 - Copy"]);
    expect(summary(panel)["Đã nhận / cần nhận"]).toBe("1/10");
  });

  it("stops reading on Dừng đọc and keeps the files read so far", async () => {
    const panel = await render(fakeHost());
    // The files after the first wait until the stop: however fast the reading, it is still under way.
    let release = (): void => {};
    const stop = new Promise<void>((resolve) => (release = resolve));
    const held = files.slice(1, 4).map((file) => {
      const read = file.arrayBuffer.bind(file);
      return Object.assign(file.slice(0, file.size, file.type), {
        name: file.name,
        arrayBuffer: async () => {
          await stop;
          return read();
        },
      }) as File;
    });
    pickFiles(fileInput(panel), [files[0], ...held]);
    await waitFor(() => entries(panel).some((e) => /Dùng để tổng hợp|Có lỗi/.test(e)), "a first file");
    click(button(panel, "Dừng đọc"));
    release();
    const kept = entries(panel);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(4);
    expect(kept.every((e) => !/Đang (chờ|đọc)/.test(e))).toBe(true);
    expect(panel.querySelector('[role="progressbar"]')).toBeNull();
    expect(liveStatus(panel)).toBe(
      `Đã dừng đọc: giữ ${kept.length}/4 tệp đã đọc, các tệp còn lại không được thêm.`,
    );
    await settle(200);
    expect(entries(panel)).toEqual(kept);
    expect(button(panel, "Ghi các trang tổng hợp").disabled).toBe(false);
  });

  it("writes the summary sheets, asking in a dialog before it replaces existing ones", async () => {
    const host = fakeHost({ existingSheets: ["Tổng hợp chỉ tiêu", "Tình trạng nộp"] });
    const panel = await render(host);
    await pickAndRead(panel, files.slice(0, 2));
    click(button(panel, "Ghi các trang tổng hợp"));
    await waitFor(() => document.querySelector('[role="alertdialog"]') !== null, "the dialog");
    const dialog = document.querySelector('[role="alertdialog"]') as HTMLElement;
    expect(textOf(dialog)).toContain("Thay các trang tính đã có?");
    expect([...dialog.querySelectorAll("li")].map(textOf)).toEqual(["Tổng hợp chỉ tiêu", "Tình trạng nộp"]);
    click(button(dialog, "Thay thế"));
    await waitFor(() => messageBars(panel).some((m) => m.startsWith("Đã ghi")), "the result");

    const [plan] = host.argsOf("writeSheets")[0] as [WorkbookPlan];
    expect(plan.sheets.flatMap((s) => s.tables ?? []).map((t) => t.name)).toContain("tbl_sum_indicators");
    expect(host.replaceAnswers).toEqual([true]);
    expect(messageBars(panel)[0]).toContain(
      `Đã ghi ${plan.sheets.length} trang tổng hợp: Tổng hợp chỉ tiêu,`,
    );

    click(button(panel, "Ghi các trang tổng hợp"));
    await waitFor(() => document.querySelector('[role="alertdialog"]') !== null, "the dialog again");
    click(button(document.querySelector('[role="alertdialog"]') as HTMLElement, "Giữ lại, ghi trang mới"));
    await waitFor(() => messageBars(panel).some((m) => m.includes("Tổng hợp chỉ tiêu (2)")), "new names");
    expect(host.replaceAnswers).toEqual([true, false]);
  });

  it("writes nothing when the replace dialog is cancelled, with Hủy or with Esc", async () => {
    const host = fakeHost({ existingSheets: ["Tổng hợp chỉ tiêu"] });
    const panel = await render(host);
    await pickAndRead(panel, files.slice(0, 2));
    const before = host.sheetNames();
    const askAgain = async (): Promise<HTMLElement> => {
      click(button(panel, "Ghi các trang tổng hợp"));
      await waitFor(() => document.querySelector('[role="alertdialog"]') !== null, "the dialog");
      return document.querySelector('[role="alertdialog"]') as HTMLElement;
    };

    click(button(await askAgain(), "Hủy"));
    await waitFor(() => messageBars(panel).some((m) => m.startsWith("Đã hủy")), "the cancel message");
    expect(host.sheetNames()).toEqual(before);

    const dialog = await askAgain();
    dialog.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await waitFor(() => document.querySelector('[role="alertdialog"]') === null, "the dialog to close");
    await waitFor(() => messageBars(panel).some((m) => m.startsWith("Đã hủy")), "the cancel message");
    expect(host.sheetNames()).toEqual(before);
    expect(host.replaceAnswers).toEqual([]);
  });

  it("writes exactly what `thidua consolidate` writes for the same files", async () => {
    jest.useFakeTimers({
      now: new Date(2024, 11, 5, 10, 30),
      doNotFake: [
        "setTimeout",
        "clearTimeout",
        "setInterval",
        "clearInterval",
        "setImmediate",
        "clearImmediate",
        "nextTick",
        "queueMicrotask",
        "performance",
        "hrtime",
        "requestAnimationFrame",
        "cancelAnimationFrame",
        "requestIdleCallback",
        "cancelIdleCallback",
      ],
    });
    const host = fakeHost();
    const panel = await render(host);
    await pickAndRead(panel, files);
    click(button(panel, "Ghi các trang tổng hợp"));
    await waitFor(() => messageBars(panel).some((m) => m.startsWith("Đã ghi")), "the write");
    const [written] = host.argsOf("writeSheets")[0] as [WorkbookPlan];

    const dir = await mkdtemp(join(tmpdir(), "thidua-pane-"));
    try {
      const cli = [];
      for (const file of files) {
        const path = join(dir, file.name);
        await writeFile(path, new Uint8Array(await file.arrayBuffer()));
        cli.push(await checkInputFile({ path, name: basename(path) }, DEFAULT_CAMPAIGN));
      }
      const expected = buildSummaryPlan(
        consolidate(cli, DEFAULT_CAMPAIGN, { year: 2024, lang: "vi" }),
        DEFAULT_CAMPAIGN,
        {
          generatedAt: "10:30 05/12/2024",
        },
      );
      expect(written).toEqual(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("consolidates a period, with units that have errors left out when asked", async () => {
    const host = fakeHost();
    const panel = await render(host);
    await pickAndRead(panel, files.slice(0, 2));
    click(getByText(panel, "label", "Giai đoạn"));
    const selects = [...panel.querySelectorAll("select")];
    expect(selects.map((s) => s.value)).toEqual(["2021", "2025"]);
    click(getByText(panel, "label", "Loại đơn vị có lỗi khỏi số liệu tổng hợp"));
    click(button(panel, "Ghi các trang tổng hợp"));
    await waitFor(() => messageBars(panel).some((m) => m.startsWith("Đã ghi")), "the write");
    const [plan] = host.argsOf("writeSheets")[0] as [WorkbookPlan];
    expect(plan.sheets.map((s) => s.name)).toContain("Tổng hợp giai đoạn");
    expect(JSON.stringify(plan)).toContain("Có lỗi – không tổng hợp");
  });

  it("uses the unit sheets already in the workbook", async () => {
    const vp = planToSnapshot(planOf(batch, "VP"), "So tong hop.xlsx");
    const ttr = planToSnapshot(planOf(batch, "TTr"), "So tong hop.xlsx");
    const host = fakeHost({ workbook: mergeUnitWorkbooks([vp, ttr], "So tong hop.xlsx") });
    const panel = await render(host);
    click(button(panel, "Dùng các trang tính đơn vị trong sổ này"));
    await waitFor(allRead(panel, 2), "the workbook's units");
    expect(entries(panel)[0]).toMatch(/^Văn phòng Sở \(Biểu mẫu\)Văn phòng Sở, năm 2024Hợp lệ/);
    expect(entries(panel)[1]).toMatch(/^Thanh tra Sở \(Biểu mẫu \(2\)\)Thanh tra Sở, năm 2024Có lỗi/);
    expect(summary(panel)["Đã nhận / cần nhận"]).toBe("2/10");
  });

  it("says what to do when the workbook's sheets cannot be read", async () => {
    // The error's own text goes to the console, not to the clerk.
    const consoleWarn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const panel = await render(fakeHost({ failing: { readSnapshot: new Error("GeneralException") } }));
    click(button(panel, "Dùng các trang tính đơn vị trong sổ này"));
    await waitFor(() => messageBars(panel).length > 0, "the message bar");
    expect(messageBars(panel)[0]).toMatch(
      /^Không đọc được các trang tính của sổ này\. Đã có lỗi không lường trước\. Hãy thử lại/,
    );
    expect(consoleWarn).toHaveBeenCalledWith(
      "thidua:",
      expect.objectContaining({ message: "GeneralException" }),
    );
    consoleWarn.mockRestore();
  });
});
