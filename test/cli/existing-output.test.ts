import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { consolidate } from "../../src/core/consolidation";
import { buildSummaryPlan } from "../../src/core/consolidation/plan/build-summary-plan";
import { readWorkbook, writeWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { runCli } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "thidua-existing-"));
const inputs = join(root, "don-vi");
const at = (name: string): string => join(root, name);
let unitBytes: Uint8Array;

beforeAll(async () => {
  unitBytes = await writeWorkbook(unitPlan(baselineUnit()));
  mkdirSync(inputs);
  writeFileSync(join(inputs, "VP-2024.xlsx"), unitBytes);
}, 60_000);

/** The file's bytes, to show it was left exactly as it was. */
const bytesOf = (path: string): Buffer => readFileSync(path);

describe("an output path where a file already is", () => {
  it("consolidate replaces its own earlier summary: the rerun after a late unit", async () => {
    const folder = at("nop-muon");
    mkdirSync(folder);
    writeFileSync(join(folder, "VP-2024.xlsx"), unitBytes);
    const out = at("tong-hop.xlsx");
    expect((await runCli("consolidate", folder, "-o", out, "--year", "2024")).code).toBeLessThan(2);
    const late = baselineUnit();
    late.values.unit_name = "Thanh tra Sở";
    writeFileSync(join(folder, "TTr-2024.xlsx"), await writeWorkbook(unitPlan(late)));
    const again = await runCli("consolidate", folder, "-o", out, "--year", "2024", "--json");
    expect(again.code).toBeLessThan(2);
    expect(again.err).toBe("");
    expect((JSON.parse(again.out) as { received: number }).received).toBe(2);
    const summary = await readWorkbook(bytesOf(out), "tong-hop.xlsx");
    const texts = summary.sheets.flatMap((s) => Object.values(s.cells).map((c) => c.value));
    expect(texts).toContain("Thanh tra Sở");
  });

  it("consolidate replaces its own earlier summary too large to read whole (thousands of units)", async () => {
    const summary = buildSummaryPlan(consolidate([], DEFAULT_CAMPAIGN, { year: 2024 }), DEFAULT_CAMPAIGN);
    const rows = Array.from({ length: 210 }, (_, r) => Array.from({ length: 1_000 }, (_, c) => r + c));
    summary.sheets.push({ name: "Thêm", blocks: [{ origin: "A1", rows }] });
    const out = at("tong-hop-lon.xlsx");
    writeFileSync(out, await writeWorkbook(summary));
    const earlier = bytesOf(out);
    const run = await runCli("consolidate", inputs, "-o", out, "--year", "2024");
    expect(run.err).toBe("");
    expect(run.code).toBeLessThan(2);
    expect(bytesOf(out).equals(earlier)).toBe(false);
  }, 30_000);

  it("consolidate refuses a unit's filled form that is not among the inputs, and leaves it whole", async () => {
    const form = at("TTr-2024.xlsx");
    writeFileSync(form, unitBytes);
    const run = await runCli("consolidate", inputs, "-o", form, "--year", "2024");
    expect(run.code).toBe(2);
    expect(run.err).toContain("TTr-2024.xlsx đã có và là báo cáo đã điền của một đơn vị");
    expect(run.err).toContain("--overwrite");
    expect(bytesOf(form).equals(Buffer.from(unitBytes))).toBe(true);
  });

  it("refuses a file of another program under a workbook name, in English too", async () => {
    const notes = at("ghi-chu.xlsx");
    writeFileSync(notes, "Danh sách đơn vị chậm nộp");
    const run = await runCli("consolidate", inputs, "-o", notes, "--year", "2024", "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.err).toContain("ghi-chu.xlsx already exists and is not a file thidua wrote for this command");
    expect(readFileSync(notes, "utf8")).toBe("Danh sách đơn vị chậm nộp");
  });

  it("refuses a folder as the output file", async () => {
    const folder = at("thu-muc.xlsx");
    mkdirSync(folder);
    const run = await runCli("consolidate", inputs, "-o", folder, "--year", "2024");
    expect(run.code).toBe(2);
    expect(run.err).toContain("không phải là một tệp");
  });

  it("--overwrite replaces whatever is there", async () => {
    const form = at("QLXD-2024.xlsx");
    writeFileSync(form, unitBytes);
    const run = await runCli("consolidate", inputs, "-o", form, "--year", "2024", "--overwrite");
    expect(run.code).toBeLessThan(2);
    expect(bytesOf(form).equals(Buffer.from(unitBytes))).toBe(false);
  });

  it("template replaces a blank form but not one a unit has filled in", async () => {
    const blank = at("bieu-mau.xlsx");
    expect((await runCli("template", "-o", blank, "--unit", "VP", "--year", "2024")).code).toBe(0);
    expect((await runCli("template", "-o", blank)).code).toBe(0);
    const filled = at("VP-da-dien.xlsx");
    writeFileSync(filled, unitBytes);
    const run = await runCli("template", "-o", filled);
    expect(run.code).toBe(2);
    expect(run.err).toContain("là báo cáo đã điền của một đơn vị");
    expect(bytesOf(filled).equals(Buffer.from(unitBytes))).toBe(true);
  });

  it("criteria never replaces criteria already there (the Office edits them) without --overwrite", async () => {
    const criteria = at("tieu-chi.xlsx");
    expect((await runCli("criteria", "-o", criteria)).code).toBe(0);
    const written = bytesOf(criteria);
    const run = await runCli("criteria", "-o", criteria);
    expect(run.code).toBe(2);
    expect(run.err).toContain("là sổ tiêu chí");
    expect(bytesOf(criteria).equals(written)).toBe(true);
    expect((await runCli("criteria", "-o", criteria, "--overwrite")).code).toBe(0);
  });

  it("report replaces its own Word report, not a Word file someone else wrote", async () => {
    const report = at("bao-cao.docx");
    const args = ["report", inputs, "--kind", "annual", "--year", "2024", "-o"];
    expect((await runCli(...args, report)).code).toBeLessThan(2);
    const again = await runCli(...args, report);
    expect(again.code).toBeLessThan(2);
    expect(again.err).toBe("");
    const letter = at("cong-van.docx");
    const theirs = await Packer.toBuffer(
      new Document({ creator: "Văn phòng Sở", sections: [{ children: [new Paragraph("Công văn")] }] }),
    );
    writeFileSync(letter, theirs);
    const run = await runCli(...args, letter);
    expect(run.code).toBe(2);
    expect(bytesOf(letter).equals(theirs)).toBe(true);
  });
});
