import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { buildCriteriaPlan } from "../../src/core/criteria/workbook";
import type { WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import { readWorkbook, writeWorkbook } from "../../src/hosts/xlsx";
import { sampleBatch } from "../../src/dev/sample/batch";
import { writeBatch } from "../../src/dev/sample/write-batch";
import { runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "thidua-report-"));
const units = join(dir, "don-vi");
const path = (name: string): string => join(dir, name);

beforeAll(async () => {
  const batch = sampleBatch(DEFAULT_CAMPAIGN, {
    years: [2023, 2024],
    seed: 11,
    missing: ["TTr"],
    faulty: ["QLXD"],
  });
  await writeBatch(units, batch);
  writeFileSync(
    path("cai-dat.json"),
    JSON.stringify({ signer_name: "Trần Văn Bình", place: "Đà Nẵng", date: "2024-12-05", colour: "blue" }),
  );
  const criteria = {
    ...DEFAULT_CAMPAIGN,
    settings: {
      ...DEFAULT_CAMPAIGN.settings,
      parentAgency: "UBND TỈNH QUẢNG NAM",
      signerName: "Lê Văn Cường",
    },
  };
  writeFileSync(path("tieu-chi.xlsx"), await writeWorkbook(buildCriteriaPlan(criteria)));
}, 120_000);

async function read(file: string): Promise<WorkbookSnapshot> {
  return readWorkbook(readFileSync(file), file);
}

async function reportTexts(file: string, sheetName = "Báo cáo"): Promise<string[]> {
  const sheet = (await read(file)).sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return Object.values(sheet.cells).flatMap((c) => (typeof c.value === "string" ? [c.value.trim()] : []));
}

describe("thidua report", () => {
  it("writes the annual report compared with the year before, exit 1 when a unit's file has errors", async () => {
    const run = await runCli("report", units, "-o", path("nam.xlsx"), "--kind", "annual", "--year", "2024");
    expect(run.code).toBe(1);
    expect(run.out).toContain("Đã ghi báo cáo năm 2024 (so sánh với năm 2023)");
    expect(run.out).toContain("Chưa nộp: 1 (Thanh tra Sở)");
    const texts = await reportTexts(path("nam.xlsx"));
    expect(texts).toContain("BÁO CÁO");
    expect(texts).toContain("Nơi nhận:");
    expect(texts.join("\n")).toMatch(/(tăng|giảm) [\d,]+% so với năm 2023|bằng năm 2023/);
    expect(texts.join("\n")).toContain("chưa gửi báo cáo: Thanh tra Sở.");
    expect(texts.join("\n")).toContain("Có 1 báo cáo còn lỗi (Phòng Quản lý xây dựng)");
  });

  it("writes the final review over 2021–2025 from the files there are", async () => {
    const run = await runCli("report", units, "-o", path("tong-ket.xlsx"), "--kind", "final");
    expect(run.code).toBe(1);
    expect(run.out).toContain("tổng kết giai đoạn 2021–2025");
    const texts = await reportTexts(path("tong-ket.xlsx"));
    expect(texts).toContain(
      "Tổng kết Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025",
    );
    expect(texts).toContain("Cả giai đoạn 2021–2025");
  });

  it("takes the settings from a JSON file, reporting keys it does not know", async () => {
    const run = await runCli("report", units, "-o", path("json.xlsx"), "--settings", path("cai-dat.json"));
    expect(run.err).toContain("Cài đặt báo cáo cai-dat.json: khóa “colour” không dùng đến; bỏ qua");
    expect(run.err).not.toContain("unknown key");
    const en = await runCli(
      "report",
      units,
      "-o",
      path("json-en.xlsx"),
      "--settings",
      path("cai-dat.json"),
      "--lang",
      "en",
    );
    expect(en.err).toContain("cai-dat.json: unknown key “colour”");
    const texts = await reportTexts(path("json.xlsx"));
    expect(texts).toContain("Trần Văn Bình");
    expect(texts).toContain("Đà Nẵng, ngày 05 tháng 12 năm 2024");
  });

  it("takes the settings from a criteria workbook's “Cài đặt” sheet", async () => {
    await runCli(
      "report",
      units,
      "-o",
      path("criteria.xlsx"),
      "--year",
      "2024",
      "--settings",
      path("tieu-chi.xlsx"),
    );
    const texts = await reportTexts(path("criteria.xlsx"));
    expect(texts).toContain("UBND TỈNH QUẢNG NAM");
    expect(texts).toContain("Lê Văn Cường");
  });

  it("lists the files it does not rest on, and why; the year compared with is used", async () => {
    const annual = await runCli("report", units, "-o", path("nam-2.xlsx"), "--year", "2024");
    expect(annual.out).not.toContain("Không dùng");
    const interim = await runCli(
      "report",
      join(units, "2024"),
      "-o",
      path("so-ket-bao-cao.xlsx"),
      "--kind",
      "interim",
    );
    expect(interim.out).toContain("Đã nhận 0/30 báo cáo");
    const lines = interim.out.split("\n");
    const at = lines.findIndex((l) => /^Không dùng \d+ tệp:$/.test(l));
    const listed = lines.slice(at + 1);
    expect(at).toBeGreaterThan(0);
    expect(listed.length).toBe(Number(/\d+/.exec(lines[at])?.[0]));
    expect(listed.every((l) => / báo cáo năm 2024, ngoài năm hoặc giai đoạn tổng hợp$/.test(l))).toBe(true);
  });

  it("writes the English variant", async () => {
    const run = await runCli("report", units, "-o", path("en.xlsx"), "--year", "2024", "--lang", "en");
    expect(run.out).toContain("Report for 2024 (compared with 2023) written");
    expect(await reportTexts(path("en.xlsx"))).toContain("REPORT");
  });

  it("exits 2 on a wrong command line, saying why", async () => {
    const bad = await runCli("report", units, "-o", path("x.xlsx"), "--kind", "weekly");
    expect([bad.code, bad.err]).toEqual([
      2,
      "Loại báo cáo phải là annual (năm), interim (sơ kết) hoặc final (tổng kết), đang là “weekly”.",
    ]);
    const year = await runCli("report", units, "-o", path("x.xlsx"), "--kind", "final", "--year", "2024");
    expect(year.code).toBe(2);
    expect(year.err).toContain("--year chỉ dùng cho báo cáo năm");
    expect((await runCli("report", units)).code).toBe(2);
    const missing = await runCli("report", units, "-o", path("x.xlsx"), "--settings", path("khong-co.json"));
    expect(missing.code).toBe(2);
  });

  it("says in the catalogue's words why a settings file cannot be read, never the library's", async () => {
    writeFileSync(path("hong.json"), "{ signer_name: ");
    const json = await runCli("report", units, "-o", path("x.xlsx"), "--settings", path("hong.json"));
    expect([json.code, json.err]).toEqual([
      2,
      'Tệp cài đặt báo cáo hong.json không phải JSON hợp lệ. Hãy sửa tệp, ví dụ { "agency": "Sở Y tế" }, rồi chạy lại.',
    ]);
    writeFileSync(path("hong.xlsx"), "PK\u0003\u0004 not a zip at all");
    const book = await runCli(
      "report",
      units,
      "-o",
      path("x.xlsx"),
      "--settings",
      path("hong.xlsx"),
      "--lang",
      "en",
    );
    expect(book.code).toBe(2);
    expect(book.err).toMatch(/^Cannot read the report settings file hong\.xlsx: /);
    expect(book.err).not.toMatch(/zip|JSZip|fflate|offset|signature/i);
  });
});

describe("thidua consolidate --report", () => {
  const consolidateWith = (output: string, ...options: string[]) =>
    runCli("consolidate", units, "-o", path(output), ...options);

  it("adds the report sheet to the summary workbook", async () => {
    const run = await consolidateWith("tong-hop.xlsx", "--year", "2024", "--report", "annual");
    expect(run.code).toBe(1);
    expect(run.out).toContain("Đã thêm sheet “Báo cáo”");
    const book = await read(path("tong-hop.xlsx"));
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Tổng hợp chỉ tiêu", "Báo cáo"]));
    const texts = await reportTexts(path("tong-hop.xlsx"));
    expect(texts.join("\n")).toMatch(/so với năm 2023|bằng năm 2023/);
  });

  it("consolidates the interim review's period for --report interim, and refuses a single year for it", async () => {
    const run = await consolidateWith("so-ket.xlsx", "--report", "interim");
    expect(run.out).toContain("Tổng hợp giai đoạn 2021–2023");
    expect((await reportTexts(path("so-ket.xlsx"))).join("\n")).toContain("Sơ kết Phong trào thi đua");
    const bad = await consolidateWith("y.xlsx", "--year", "2024", "--report", "final");
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      "Sơ kết và tổng kết lấy giai đoạn trong sổ tiêu chí (--report final: 2021-2025): bỏ --year và --period.",
    );
  });

  it("refuses a period other than the review's own, and takes that one repeated", async () => {
    const other = await consolidateWith("tk.xlsx", "--report", "final", "--period", "2023-2024");
    expect(other.code).toBe(2);
    expect(other.err).toContain("(--report final: 2021-2025)");
    expect(existsSync(path("tk.xlsx"))).toBe(false);
    const same = await consolidateWith("sk.xlsx", "--report", "interim", "--period", "2021–2023");
    expect(same.out).toContain("Tổng hợp giai đoạn 2021–2023");
  });
});
