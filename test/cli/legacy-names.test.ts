/**
 * Names that are not UTF-8: a zip made on an old Windows keeps its names in the code page it was made in,
 * and unpacked on Linux its files have those bytes for names. They are read all the same, and named as
 * near to what the unit typed as the bytes allow. (A file system that takes only UTF-8 names, as macOS's
 * does, cannot hold such a file: there the test has nothing to check.)
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbook, writeWorkbook } from "../../src/hosts/xlsx";
import { tableRows, valueOf } from "../helpers/read-table";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { runCli } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "thidua-legacy-names-"));
const folder = join(root, "nhan-qua-zip");
/** "Báo cáo.xlsx" and the folder "Văn phòng" as Windows-1258 bytes ("ă" is 0xE3 there). */
const FILE = Buffer.from("B\xe1o c\xe1o.xlsx", "latin1");
const SUBFOLDER = Buffer.from("V\xe3n ph\xf2ng", "latin1");

function bytesPath(...parts: (string | Buffer)[]): Buffer {
  return Buffer.concat(parts.flatMap((p, i) => [...(i > 0 ? [Buffer.from("/")] : []), Buffer.from(p)]));
}

let holdsLegacyNames = true;

beforeAll(async () => {
  const bytes = await writeWorkbook(unitPlan(baselineUnit()));
  // Another unit's report, so that the two are not one file twice.
  const other = baselineUnit();
  other.values.unit_name = "Thanh tra Sở";
  mkdirSync(folder, { recursive: true });
  try {
    writeFileSync(bytesPath(folder, FILE), bytes);
    mkdirSync(bytesPath(folder, SUBFOLDER));
    writeFileSync(bytesPath(folder, SUBFOLDER, "TTr-2024.xlsx"), await writeWorkbook(unitPlan(other)));
  } catch {
    holdsLegacyNames = false;
  }
});

it("reads a file, and a file in a folder, whose names are not UTF-8, and names them", async () => {
  if (!holdsLegacyNames) return;
  const run = await runCli("validate", folder);
  expect(run.out).toContain("Báo cáo.xlsx — ");
  expect(run.out).toContain("Vãn phòng/TTr-2024.xlsx — ");
  expect(run.out).toContain("Đã kiểm tra 2 tệp: 2 hợp lệ, 0 có lỗi, 0 không đọc được.");
});

it("consolidates them, each under that name in the summary", async () => {
  if (!holdsLegacyNames) return;
  const output = join(root, "tong-hop.xlsx");
  const run = await runCli("consolidate", folder, "-o", output, "--year", "2024");
  expect(run.out).toContain("Đã nhận 2/10 báo cáo: 2 hợp lệ");
  const status = tableRows(await readWorkbook(readFileSync(output), "tong-hop.xlsx"), "tbl_sum_status");
  expect(status.map((r) => valueOf(r["Tệp"])).filter((f) => f !== null)).toEqual(
    expect.arrayContaining(["Báo cáo.xlsx", "Vãn phòng/TTr-2024.xlsx"]),
  );
});
