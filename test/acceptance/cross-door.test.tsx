/** @jest-environment jsdom */
/**
 * One batch of unit files through every front door: `thidua consolidate`, the Tổng hợp pane on the page
 * outside Excel, the pane on the Office host (over the in-memory Excel) and the ribbon's Tổng hợp. They
 * must make the same summary and say the same thing about every file they do not use.
 */
import "../taskpane/helpers/browser-globals";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { consolidateWorkbook } from "../../src/commands/consolidate-command";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { buildTemplatePlan } from "../../src/core/template";
import type { WorkbookPlan } from "../../src/core/workbook-model/plan";
import type { WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import { sampleBatch } from "../../src/dev/sample/batch";
import { fillTemplatePlan } from "../../src/dev/sample/fill-template";
import { createBrowserHost } from "../../src/hosts/browser";
import { FakeExcel } from "../../src/hosts/fake";
import { officeWorkbookHost } from "../../src/hosts/office";
import * as xlsx from "../../src/hosts/xlsx";
import type { WorkbookHost } from "../../src/hosts/workbook-host";
import { App } from "../../src/taskpane/App";
import { BROWSER_HOST, type HostInfo } from "../../src/taskpane/host";
import { runCli } from "../cli/run-cli";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import { button, cleanup, click, mountSettled, pickFiles, textOf, waitFor } from "../taskpane/helpers/dom";
import { fakeHost } from "../taskpane/helpers/fake-host";
import { mergeUnitWorkbooks } from "../taskpane/helpers/merge-units";

jest.setTimeout(120_000);
const EXCEL: HostInfo = { kind: "excel", displayLanguage: "vi-VN", theme: "light" };
const campaign = DEFAULT_CAMPAIGN;

// Two years of the whole roster; QLN sends a draft and a final file in 2024; HTKT scores c1 21 of 20.
const batch = sampleBatch(campaign, { years: [2023, 2024], seed: 31, duplicated: ["QLN"] });
const htkt = batch.find((f) => f.unitCode === "HTKT" && f.year === 2024);
if (!htkt) throw new Error("no HTKT 2024");
htkt.sample.values.c1 = 21;
htkt.plan = fillTemplatePlan(
  buildTemplatePlan(campaign, {}),
  campaign,
  htkt.sample.values,
  htkt.sample.tables,
);

const FOREIGN: WorkbookPlan = {
  sheets: [{ name: "Sheet1", blocks: [{ origin: "A1", rows: [["Bảng chấm công"]] }] }],
};

interface Given {
  name: string;
  bytes: Uint8Array;
}
let given: Given[];
let dir: string;

beforeAll(async () => {
  given = [];
  for (const f of batch)
    given.push({ name: f.name.replace(/^.*\//, ""), bytes: await xlsx.writeWorkbook(f.plan) });
  const vp = given.find((g) => g.name === "VP-2024.xlsx") as Given;
  given.push({ name: "VP-2024 - Copy.xlsx", bytes: vp.bytes }); // the same file twice
  given.push({ name: "~$VP-2024.xlsx", bytes: new TextEncoder().encode("lock") });
  given.push({ name: "._VP-2024.xlsx", bytes: new Uint8Array([0, 5, 22, 7, 0, 2, 0, 0]) }); // AppleDouble
  given.push({ name: "hong.xlsx", bytes: new TextEncoder().encode("not a workbook") });
  given.push({ name: "bang-cham-cong.xlsx", bytes: await xlsx.writeWorkbook(FOREIGN) });
  dir = mkdtempSync(join(tmpdir(), "thidua-doors-"));
  for (const g of given) writeFileSync(join(dir, g.name), g.bytes);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(cleanup);

const asFiles = (): File[] => given.map((g) => new File([g.bytes as BlobPart], g.name));

/**
 * The workbook's cells, with the time a summary was made blanked out, and without the hidden record the
 * CLI adds to the files it writes (a pane writes into a workbook that may have its own).
 */
async function cellsOf(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const read = await xlsx.readWorkbook(bytes, "x.xlsx");
  const snapshot = { ...read, sheets: read.sheets.filter((s) => s.name !== "_thidua") };
  const stamp = /\d\d:\d\d \d\d\/\d\d\/\d{4}/g;
  for (const sheet of snapshot.sheets)
    for (const cell of Object.values(sheet.cells))
      if (typeof cell.value === "string") cell.value = cell.value.replace(stamp, "<time>");
  return snapshot;
}

/** Each file row's name and what the pane says about it, read from the pane. */
function paneRows(panel: HTMLElement): Map<string, string> {
  const items = [...panel.querySelectorAll('ul[aria-label="Tệp và trang tính đã chọn"] > li')];
  return new Map(items.map((li) => [textOf(li.querySelector("span > span") as Element), textOf(li)]));
}

/** A host that also keeps every plan it is asked to write. */
function recording(host: WorkbookHost): { host: WorkbookHost; plans: WorkbookPlan[] } {
  const plans: WorkbookPlan[] = [];
  return {
    plans,
    host: {
      ...host,
      writeSheets: (plan, confirm, target) => {
        plans.push(plan);
        return host.writeSheets(plan, confirm, target);
      },
    },
  };
}

async function throughPane(info: HostInfo, workbook: WorkbookHost): Promise<HTMLElement> {
  const { container } = await mountSettled(<App host={info} workbook={workbook} initialTab="consolidate" />);
  const panel = container.querySelector<HTMLElement>("#panel-consolidate") as HTMLElement;
  pickFiles(panel.querySelector('input[type="file"]') as HTMLInputElement, asFiles());
  await waitFor(
    () =>
      paneRows(panel).size === given.length &&
      !/Đang (chờ|đọc)/.test(textOf(panel)) &&
      textOf(panel.querySelector('[role="status"]') as Element).startsWith("Đã đọc xong"),
    "every file read",
  );
  // Outside Excel the button says it downloads, and names the file.
  click(button(panel, info.kind === "browser" ? "Tải xuống tong-hop-2024.xlsx" : "Ghi các trang tổng hợp"));
  await waitFor(
    () => [...panel.querySelectorAll(".fui-MessageBar")].some((m) => textOf(m).startsWith("Đã ghi")),
    "the summary written",
  );
  return panel;
}

const EXPECTED_NOT_USED = [
  ...batch.filter((f) => f.year === 2023).map((f) => ({ file: f.name.slice(5), reason: "other-year" })),
  { file: "QLN-2024-ban-nhap.xlsx", reason: "older-copy", sameAs: "QLN-2024.xlsx" },
  { file: "VP-2024 - Copy.xlsx", reason: "identical-copy", sameAs: "VP-2024.xlsx" },
  { file: "~$VP-2024.xlsx", reason: "lock-file" },
  { file: "._VP-2024.xlsx", reason: "mac-metadata" },
  { file: "hong.xlsx", reason: "unreadable" },
  { file: "bang-cham-cong.xlsx", reason: "not-the-template" },
];
const PANE_WORDS: Record<string, string> = {
  "other-year": "Không dùng: báo cáo năm 2023",
  "older-copy": "Không dùng: bản cũ hơn; dùng QLN-2024.xlsx",
  "identical-copy": "Không dùng: giống hệt tệp VP-2024.xlsx",
  "lock-file": "Không dùng: tệp khoá của Excel",
  "mac-metadata": "Không dùng: tệp phụ của macOS",
  unreadable: "Không dùng: không đọc được",
  "not-the-template": "Không dùng: không phải biểu mẫu báo cáo",
};

describe("the same files through every door", () => {
  let cliSummary: WorkbookSnapshot;
  let cliJson: { notUsed: { file: string; reason: string; sameAs?: string }[]; [k: string]: unknown };

  beforeAll(async () => {
    const output = join(dir, "..", `tong-hop-${process.pid}.xlsx`);
    const run = await runCli("consolidate", dir, "-o", output, "--json");
    expect(run.code).toBe(1); // HTKT has an error
    cliJson = JSON.parse(run.out);
    cliSummary = await cellsOf(new Uint8Array(readFileSync(output)));
    rmSync(output);
  });

  it("thidua consolidate lists every file not used with its reason; a copy is no duplicate", () => {
    const sort = (xs: { file: string }[]) => [...xs].sort((a, b) => a.file.localeCompare(b.file));
    expect(
      sort(
        cliJson.notUsed.map(({ file, reason, sameAs }) => ({ file, reason, ...(sameAs ? { sameAs } : {}) })),
      ),
    ).toEqual(sort(EXPECTED_NOT_USED));
    expect(cliJson).toMatchObject({ years: [2024], duplicates: ["QLN"], received: 10, withErrors: 1 });
  });

  it("the unit with a score error has no rank and no classification in the summary", () => {
    const scores = cliSummary.sheets.find(
      (s) => s.name === "Chấm điểm, xếp loại",
    ) as WorkbookSnapshot["sheets"][number];
    const row = Object.entries(scores.cells).find(([, c]) => c.value === "Phòng Hạ tầng kỹ thuật")?.[0];
    const r = row?.replace(/^[A-Z]+/, "");
    const texts = Object.entries(scores.cells)
      .filter(([a]) => a.replace(/^[A-Z]+/, "") === r)
      .map(([, c]) => c.value);
    expect(texts).toContain("Chưa xếp loại: điểm có lỗi");
    expect(texts).not.toContain("Hoàn thành xuất sắc");
  });

  it("the pane outside Excel writes the same summary and says the same on each file's row", async () => {
    const browser = createBrowserHost({
      storage: null,
      download: () => undefined,
      loadXlsx: () => Promise.resolve(xlsx),
    });
    const panel = await throughPane(BROWSER_HOST, browser);
    const output = browser.getState().output;
    if (!output) throw new Error("nothing written");
    expect(await cellsOf(output.bytes)).toEqual(cliSummary);
    const rows = paneRows(panel);
    for (const { file, reason } of EXPECTED_NOT_USED) expect(rows.get(file)).toContain(PANE_WORDS[reason]);
    expect(rows.get("VP-2024.xlsx")).not.toContain("Không dùng");
  });

  it("the pane on the Office host writes the same summary", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    const { host, plans } = recording(officeWorkbookHost({ env: excel.env }));
    const panel = await throughPane(EXCEL, host);
    expect(plans).toHaveLength(1);
    expect(await cellsOf(await xlsx.writeWorkbook(plans[0]))).toEqual(cliSummary);
    const rows = paneRows(panel);
    for (const { file, reason } of EXPECTED_NOT_USED) expect(rows.get(file)).toContain(PANE_WORDS[reason]);
  });

  it("the ribbon's Tổng hợp over a workbook holding the used units as sheets gives the same figures and scores", async () => {
    // The ribbon sees the units' forms, not files: only the files used can be there.
    const used = batch.filter((f) => f.year === 2024 && !f.name.includes("ban-nhap"));
    const merged = mergeUnitWorkbooks(used.map((f) => planToSnapshot(f.plan, f.name)));
    const host = fakeHost({ workbook: merged });
    await consolidateWorkbook(host, "vi");
    const [plan] = host.argsOf("writeSheets")[0] as [WorkbookPlan];
    const ribbon = await cellsOf(await xlsx.writeWorkbook(plan));
    // The other sheets name each number's source, a file here and a sheet of the workbook there.
    for (const name of ["Tổng hợp chỉ tiêu", "Chấm điểm, xếp loại"]) {
      expect({ name, cells: ribbon.sheets.find((s) => s.name === name)?.cells }).toEqual({
        name,
        cells: cliSummary.sheets.find((s) => s.name === name)?.cells,
      });
    }
  });
});
