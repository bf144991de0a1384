// The browser host (src/hosts/browser) in Node, with the real hosts/xlsx: quick checks of what the
// Chromium tests only see from the outside (replace or rename, nothing kept after a failed write).
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { buildSummaryPlan, consolidate } from "../../src/core/consolidation";
import { checkedFile } from "../../src/core/validation/file-check";
import { checkWorkbook } from "../../src/core/validation/validate";
import type { WorkbookPlan } from "../../src/core/workbook-model/plan";
import { BrowserHostError, createBrowserHost, type BrowserHostOptions } from "../../src/hosts/browser";
import { readWorkbook, writeWorkbook } from "../../src/hosts/xlsx";
import { sampleBatch } from "../../src/dev/sample/batch";
import { checkUnitSheets } from "../../src/jobs/workbook-units";

const batch = sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 11 }).slice(0, 2);
const sheet = (name: string, value: string): WorkbookPlan => ({
  sheets: [
    {
      name,
      blocks: [{ origin: "A1", rows: [[value]] }],
      tables: [{ name: "tbl_x", ref: "A1:A2", columns: [value] }],
    },
  ],
  names: [{ name: "cell_x", sheet: name, ref: "A1" }],
});

function hostWithDownloads(options: BrowserHostOptions = {}) {
  const downloads: { name: string; bytes: Uint8Array }[] = [];
  const host = createBrowserHost({
    storage: null,
    download: (name, bytes) => downloads.push({ name, bytes }),
    ...options,
  });
  return { host, downloads };
}

async function unitFiles(): Promise<File[]> {
  return Promise.all(
    batch.map(async (f) => new File([(await writeWorkbook(f.plan)) as BlobPart], f.name.split("/")[1])),
  );
}

describe("the browser host", () => {
  it("reads opened files: the last one is active, all of them validate as Excel would show them copied in", async () => {
    const { host } = hostWithDownloads();
    await expect(host.readSnapshot("active")).rejects.toBeInstanceOf(BrowserHostError);
    const opened = await host.openFiles([
      ...(await unitFiles()),
      new File(["not a workbook"], "ghi-chu.xlsx"),
    ]);
    expect(opened.map((f) => [f.name, f.snapshot !== undefined, f.problem?.reason])).toEqual([
      [batch[0].name.split("/")[1], true, undefined],
      [batch[1].name.split("/")[1], true, undefined],
      ["ghi-chu.xlsx", false, "not-zip"],
    ]);
    expect((await host.readSnapshot("active")).fileName).toBe(opened[1].name);
    host.setActiveFile(opened[0].id);
    expect((await host.readSnapshot("active")).fileName).toBe(opened[0].name);

    const all = await host.readSnapshot("all");
    const first = opened[0].snapshot?.sheets.map((s) => s.name) ?? [];
    expect(all.sheets.map((s) => s.name)).toEqual([...first, ...first.map((n) => `${n} (2)`)]);
    const units = checkUnitSheets(all, DEFAULT_CAMPAIGN, 45_000);
    expect(units.map((u) => u.check.result?.submission.unit?.code)).toEqual(batch.map((f) => f.unitCode));
    expect(units[1].formSheet).toBe(`${units[0].formSheet} (2)`);
    host.closeFiles();
    expect(host.getState().files).toEqual([]);
  });

  it("downloads every sheet written so far; a taken name is replaced only when the user agrees", async () => {
    const { host, downloads } = hostWithDownloads();
    expect(await host.writeSheets(sheet("Tổng hợp", "một"), () => Promise.resolve(true))).toEqual([
      "Tổng hợp",
    ]);
    const asked: string[][] = [];
    const keep = (names: string[]) => (asked.push(names), Promise.resolve(false));
    expect(await host.writeSheets(sheet("Tổng hợp", "hai"), keep)).toEqual(["Tổng hợp (2)"]);
    expect(asked).toEqual([["Tổng hợp"]]);
    let snapshot = await readWorkbook(downloads[1].bytes, downloads[1].name);
    expect(snapshot.sheets.map((s) => [s.name, s.cells.A1.value])).toEqual([
      ["Tổng hợp", "một"],
      ["Tổng hợp (2)", "hai"],
    ]);
    expect(snapshot.tables.map((t) => t.name)).toEqual(["tbl_x", "tbl_x_2"]);

    expect(await host.writeSheets(sheet("Tổng hợp", "ba"), () => Promise.resolve(true))).toEqual([
      "Tổng hợp",
    ]);
    snapshot = await readWorkbook(downloads[2].bytes, downloads[2].name);
    expect(snapshot.sheets.map((s) => [s.name, s.cells.A1.value])).toEqual([
      ["Tổng hợp (2)", "hai"],
      ["Tổng hợp", "ba"],
    ]);
    expect(downloads.map((d) => d.name)).toEqual(Array(3).fill("thi-dua-ket-qua.xlsx"));

    host.downloadOutput();
    expect(downloads[3].bytes).toBe(downloads[2].bytes);
    host.newOutput();
    await host.insertAtSelection(sheet("Phần I", "x").sheets[0]);
    snapshot = await readWorkbook(downloads[4].bytes, downloads[4].name);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Phần I"]);
  });

  it("gives each job its own download, holding only that job's sheets", async () => {
    const { host, downloads } = hostWithDownloads();
    const yes = () => Promise.resolve(true);
    await host.writeSheets(sheet("Tổng hợp", "2024"), yes, { fileName: "tong-hop-2024.xlsx" });
    await host.writeSheets(sheet("Báo cáo", "năm"), yes, { fileName: "bao-cao-nam-2024.xlsx" });
    const asked: string[][] = [];
    await host.writeSheets(sheet("Tổng hợp", "lại"), (names) => (asked.push(names), Promise.resolve(true)), {
      fileName: "tong-hop-2024.xlsx",
    });
    expect(downloads.map((d) => d.name)).toEqual([
      "tong-hop-2024.xlsx",
      "bao-cao-nam-2024.xlsx",
      "tong-hop-2024.xlsx",
    ]);
    // Written again to its own file, the summary asks before replacing its own sheet, not the report's.
    expect(asked).toEqual([["Tổng hợp"]]);
    const sheets = async (i: number) =>
      (await readWorkbook(downloads[i].bytes, downloads[i].name)).sheets.map((s) => [
        s.name,
        s.cells.A1.value,
      ]);
    expect(await sheets(1)).toEqual([["Báo cáo", "năm"]]);
    expect(await sheets(2)).toEqual([["Tổng hợp", "lại"]]);
    expect(host.getState().outputs.map((o) => o.fileName)).toEqual([
      "tong-hop-2024.xlsx",
      "bao-cao-nam-2024.xlsx",
    ]);

    host.downloadOutput("bao-cao-nam-2024.xlsx");
    expect(downloads[3]).toEqual(downloads[1]);
  });

  it("keeps nothing and offers nothing when a write fails", async () => {
    const { host, downloads } = hostWithDownloads();
    await host.writeSheets(sheet("A", "1"), () => Promise.resolve(true));
    const broken: WorkbookPlan = { sheets: [{ name: "B", blocks: [], merges: ["A1:B2", "B2:C3"] }] };
    await expect(host.writeSheets(broken, () => Promise.resolve(true))).rejects.toThrow();
    expect(downloads).toHaveLength(1);
    expect(host.getState().output?.sheets).toEqual(["A"]);
  });

  it("writes the same summary plan the CLI writes", async () => {
    const { host, downloads } = hostWithDownloads();
    const inputs = await Promise.all(
      batch.map(async (f) => ({
        check: checkedFile(
          f.name,
          checkWorkbook(await readWorkbook(await writeWorkbook(f.plan), f.name), DEFAULT_CAMPAIGN, {
            today: 45_000,
          }),
        ),
      })),
    );
    const plan = buildSummaryPlan(consolidate(inputs, DEFAULT_CAMPAIGN, { year: 2024 }), DEFAULT_CAMPAIGN, {
      generatedAt: "x",
    });
    expect(await host.writeSheets(plan, () => Promise.resolve(true))).toEqual(plan.sheets.map((s) => s.name));
    const direct = await readWorkbook(await writeWorkbook(plan), "a.xlsx");
    const viaHost = await readWorkbook(downloads[0].bytes, "a.xlsx");
    expect(viaHost).toEqual(direct);
  });

  it("cannot mark or select cells outside Excel, and says what to do instead", async () => {
    const { host } = hostWithDownloads();
    await expect(host.markFindings([])).rejects.toMatchObject({ code: "read-only" });
    await expect(host.selectCell("Biểu mẫu", "D12")).rejects.toMatchObject({
      code: "no-grid",
      messages: { en: expect.stringContaining("Biểu mẫu!D12") },
    });
    expect(await host.clearMarks()).toBe(0);
    expect(await host.openAsNewWorkbook(new Uint8Array())).toBe("unsupported");
  });

  it("keeps settings in the browser's storage", async () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as Storage;
    await createBrowserHost({ storage }).saveSettings({ agency_name: "SỞ XÂY DỰNG" });
    expect(await createBrowserHost({ storage }).loadSettings()).toEqual({ agency_name: "SỞ XÂY DỰNG" });
  });
});
