/** `thidua chase`: the letter names who has not sent and whose file has errors; one feedback book per unit. */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { readWorkbook } from "../../src/hosts/xlsx";
import { sampleBatch } from "../../src/dev/sample/batch";
import { writeBatch } from "../../src/dev/sample/write-batch";
import { zipParts } from "../helpers/office-files";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-chase-"));
const units = join(dir, "don-vi");
const out = join(dir, "out");

function hashes(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    result[file] = createHash("sha256").update(readFileSync(file)).digest("hex");
  }
  return result;
}

let before: Record<string, string>;
beforeAll(async () => {
  const batch = sampleBatch(DEFAULT_CAMPAIGN, {
    years: [2024],
    seed: 11,
    missing: ["TTr"],
    faulty: ["QLXD"],
  });
  await writeBatch(units, batch);
  writeFileSync(
    join(dir, "s.json"),
    JSON.stringify({ signer_name: "Trần Văn Bình", date: "2025-02-05", chase_deadline: "2025-02-20" }),
  );
  before = hashes(units);
}, 120_000);

const texts = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");

describe("thidua chase", () => {
  it("writes the letter and the feedback workbooks, leaving every input byte-identical", async () => {
    const run = await runCli("chase", units, "--year", "2024", "-o", out, "--settings", join(dir, "s.json"));
    expect(run.err).toBe("");
    expect(run.code).toBe(1);
    expect(run.out).toContain("Chưa nộp: 1 (Thanh tra Sở).");
    expect(hashes(units)).toEqual(before);

    const doc = zipParts(readFileSync(join(out, "cong-van-don-doc-2024.docx")))["word/document.xml"];
    const text = texts(doc);
    expect(text).toContain("V/v đôn đốc gửi báo cáo Phong trào thi đua năm 2024");
    expect(text).toContain("Kính gửi:");
    expect(text).toContain("Các phòng, đơn vị chưa gửi báo cáo: Thanh tra Sở.");
    expect(text).toMatch(
      /Báo cáo của các phòng, đơn vị sau còn lỗi, cần sửa và gửi lại: Phòng Quản lý xây dựng\./,
    );
    expect(text).toContain("trước ngày 20 tháng 02 năm 2025");
    expect(text).toContain("Trần Văn Bình");
    expect(doc).toContain("<w:titlePg/>");
  });

  it("asks a unit that sent only a document (a PDF found in the folder) for its Excel form", async () => {
    const folder = join(dir, "co-van-ban");
    await writeBatch(folder, sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 11, missing: ["TTr"] }));
    writeFileSync(join(folder, "TTr-2024.pdf"), "%PDF-1.7\n");
    const letters = join(dir, "out-van-ban");
    const run = await runCli("chase", folder, "--year", "2024", "-o", letters);
    expect(run.out).toContain(
      "Đơn vị chưa nộp biểu mẫu Excel nhưng đã gửi văn bản (PDF, Word, ảnh): Thanh tra Sở (TTr-2024.pdf).",
    );
    const text = texts(
      zipParts(readFileSync(join(letters, "cong-van-don-doc-2024.docx")))["word/document.xml"],
    );
    expect(text).toContain("Các phòng, đơn vị chưa gửi báo cáo: Thanh tra Sở.");
    expect(text).toContain(
      "Trong đó, các phòng, đơn vị sau mới gửi văn bản (PDF, Word, ảnh), chưa gửi biểu mẫu Excel; đề nghị gửi bổ sung tệp Excel (.xlsx) của biểu mẫu: Thanh tra Sở.",
    );
  }, 60_000);

  it("lists every error and warning of each unit in its own workbook, one page wide", async () => {
    // The summary's "Kết quả kiểm tra" sheet lists the same findings: unit code in A, code in G, severity in H.
    await runCli("consolidate", units, "--year", "2024", "-o", join(dir, "th.xlsx"));
    const summary = await readWorkbook(readFileSync(join(dir, "th.xlsx")), "th.xlsx");
    const sheet = summary.sheets.find((x) => x.name === "Kết quả kiểm tra");
    const at = (col: string, row: number): unknown => sheet?.cells[`${col}${row}`]?.value;
    const byUnit = new Map<string, number>();
    for (let row = 5; at("G", row) !== undefined; row++) {
      const unit = at("A", row);
      if (typeof unit !== "string" || at("G", row) === "missing-submission" || at("H", row) === "Thông tin")
        continue;
      byUnit.set(unit, (byUnit.get(unit) ?? 0) + 1);
    }
    expect(byUnit.size).toBeGreaterThan(0);
    expect(readdirSync(join(out, "phan-hoi")).sort()).toEqual(
      [...byUnit.keys()].map((u) => `${u}-2024.xlsx`).sort(),
    );
    for (const [unit, count] of byUnit) {
      const file = join(out, "phan-hoi", `${unit}-2024.xlsx`);
      const book = await readWorkbook(readFileSync(file), file);
      const sheet = book.sheets[0];
      expect(sheet.name).toBe("Phản hồi");
      const values = Object.values(sheet.cells).map((c) => c.value);
      expect(values).toContain("Cách sửa");
      const indexes = values.filter((v): v is number => typeof v === "number");
      expect(Math.max(...indexes)).toBe(count);
      expect(zipParts(readFileSync(file))["xl/worksheets/sheet1.xml"]).toMatch(/fitToWidth="1"/);
    }
  });

  it("writes feedback that a later consolidation of the same folder knows for thidua's, not a unit's", async () => {
    const folder = join(dir, "nop-va-phan-hoi");
    await writeBatch(folder, sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 11, faulty: ["QLXD"] }));
    expect((await runCli("chase", folder, "--year", "2024", "-o", folder)).code).toBe(1);
    const run = await runCli("consolidate", folder, "--year", "2024", "-o", join(dir, "th2.xlsx"), "--json");
    const report = JSON.parse(run.out) as { received: number; notUsed: { file: string; reason: string }[] };
    expect(report.notUsed.filter((f) => f.reason !== "thidua-output")).toEqual([]);
    expect(report.notUsed.map((f) => f.file)).toContain("phan-hoi/QLXD-2024.xlsx");
    expect(report.received).toBe(DEFAULT_CAMPAIGN.roster.length);
  });
});

describe("thidua chase with nobody to chase", () => {
  it("writes no letter and says so; exit 0", async () => {
    const clean = join(dir, "du-ca");
    const target = join(dir, "out-du-ca");
    await writeBatch(clean, sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 11 }));
    const run = await runCli("chase", clean, "--year", "2024", "-o", target);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out.split("\n")).toEqual([
      "Năm 2024 không có đơn vị nào cần đôn đốc (tất cả đã gửi báo cáo, không báo cáo nào có lỗi): không soạn công văn.",
      "Chưa nộp: 0 (—).",
      "Báo cáo có lỗi: 0 (—).",
      "Không đơn vị nào cần tệp phản hồi.",
    ]);
    expect(existsSync(target)).toBe(false);
  }, 60_000);
});

describe("thidua chase -o", () => {
  it("refuses a file where the folder should be, before reading anything, and leaves it as it was", async () => {
    const file = join(dir, "la-tep.xlsx");
    writeFileSync(file, "not a folder");
    const run = await runCli("chase", units, "--year", "2024", "-o", file);
    expect([run.code, run.err]).toEqual([
      2,
      `${file} là một tệp; -o của lệnh chase là thư mục sẽ chứa công văn và các tệp phản hồi, ví dụ -o don-doc/.`,
    ]);
    expect(readFileSync(file, "utf8")).toBe("not a folder");
  });
});
