import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { readWorkbook, writeWorkbook } from "../../src/hosts/xlsx";
import { tableRows, valueOf } from "../helpers/read-table";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { ole2File, storedZip } from "../hosts/xlsx/stored-zip";
import * as regularFile from "../../src/cli/read-regular-file";
import { runCli } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "thidua-paths-"));
const folder = join(root, "don-vi");
let unitBytes: Uint8Array;

beforeAll(async () => {
  unitBytes = await writeWorkbook(unitPlan(baselineUnit()));
  mkdirSync(join(folder, "con"), { recursive: true });
  writeFileSync(join(folder, "VP-2024.XLSM"), unitBytes);
  writeFileSync(join(folder, "cu.xls"), ole2File(["Workbook"]));
  writeFileSync(
    join(folder, "libre.ods"),
    storedZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }]),
  );
  writeFileSync(join(folder, "con", "so-lieu.csv"), "a;b\n1;2\n");
  writeFileSync(join(folder, "TTr-2024.zip"), storedZip([{ name: "TTr-2024.xlsx", data: "x" }]));
  writeFileSync(join(folder, "ghi-chu.txt"), "not a spreadsheet");
  writeFileSync(
    join(folder, "Thu cua KHTC.msg"),
    ole2File(["__properties_version1.0", "__substg1.0_0037001F"]),
  );
  execFileSync("mkfifo", [join(folder, "ong.xlsx")]);
}, 60_000);

/** A workbook that is no form: one sheet of expenses. */
const PLAIN_WORKBOOK = {
  sheets: [{ name: "Chi tiêu", blocks: [{ origin: "A1", rows: [["Ngày", "Số tiền"]] }] }],
};

/** A folder holding VP's report and the summary a first `consolidate` wrote into it, from `inputs`. */
async function folderWithSummary(name: string, inputs: "folder" | "file"): Promise<[string, string]> {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "VP.xlsx"), unitBytes);
  const output = join(dir, "tong-hop.xlsx");
  const input = inputs === "folder" ? dir : join(dir, "VP.xlsx");
  expect((await runCli("consolidate", input, "-o", output, "--year", "2024")).code).toBe(0);
  return [dir, output];
}

describe("the files thidua takes from a folder", () => {
  it("reads .xlsm in any case and lists every other spreadsheet and the FIFO as unreadable, at once", async () => {
    const started = Date.now();
    const run = await runCli(
      "consolidate",
      folder,
      "-o",
      join(root, "tong-hop.xlsx"),
      "--year",
      "2024",
      "--json",
    );
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.out);
    expect(summary.received).toBe(1);
    expect([...summary.unreadable].sort()).toEqual([
      "TTr-2024.zip",
      "Thu cua KHTC.msg",
      "con/so-lieu.csv",
      "cu.xls",
      "libre.ods",
      "ong.xlsx",
    ]);
    expect(summary.unreadableDetails).toContainEqual({
      file: "ong.xlsx",
      reason: "not-a-file",
      detail: "fifo",
    });
  }, 30_000);

  it("says on the terminal why each unreadable file could not be read and what to do", async () => {
    const run = await runCli("consolidate", folder, "-o", join(root, "tong-hop-2.xlsx"), "--year", "2024");
    const line = (file: string) => run.out.split("\n").find((l) => l.startsWith(`  ${file}: `)) ?? "";
    expect(line("libre.ods")).toMatch(/^ {2}libre\.ods: không đọc được — Bảng tính OpenDocument \(\.ods/);
    expect(line("libre.ods")).toContain("Excel 2007-365 (.xlsx)");
    expect(line("cu.xls")).toMatch(/không đọc được — .*\.xls\b/);
    expect(line("TTr-2024.zip")).toContain("không đọc được — Tệp là tệp nén (.zip, .rar, .7z)");
    expect(line("TTr-2024.zip")).toContain("Hãy giải nén");
    expect(line("ong.xlsx")).toContain("không phải là một tệp thông thường");
    expect(line("Thu cua KHTC.msg")).toContain("lưu tệp Excel đính kèm");
  }, 30_000);
});

describe("files of one name in a folder per unit", () => {
  it("are each read, and named by their place in the folder", async () => {
    const perUnit = join(root, "theo-don-vi");
    const other = baselineUnit();
    other.values.unit_name = "Thanh tra Sở";
    mkdirSync(join(perUnit, "VP"), { recursive: true });
    mkdirSync(join(perUnit, "TTr"));
    writeFileSync(join(perUnit, "VP", "bao-cao.xlsx"), unitBytes);
    writeFileSync(join(perUnit, "TTr", "bao-cao.xlsx"), await writeWorkbook(unitPlan(other)));
    const output = join(root, "tong-hop-theo-don-vi.xlsx");
    const run = await runCli("consolidate", perUnit, "-o", output, "--year", "2024", "--json");
    expect(JSON.parse(run.out)).toMatchObject({ received: 2, notUsed: [] });
    const summary = await readWorkbook(readFileSync(output), "tong-hop.xlsx");
    const files = tableRows(summary, "tbl_sum_status").map((r) => valueOf(r["Tệp"]));
    expect(files).toEqual(expect.arrayContaining(["TTr/bao-cao.xlsx", "VP/bao-cao.xlsx"]));
  });
});

describe("the files macOS writes beside a workbook (._name.xlsx)", () => {
  it("are listed as macOS's, not read; validate leaves them out as it does Excel's lock files", async () => {
    const dir = join(root, "tu-mac");
    mkdirSync(join(dir, "__MACOSX"), { recursive: true });
    writeFileSync(join(dir, "VP-2024.xlsx"), unitBytes);
    // AppleDouble: its magic number, its version, then its entries.
    const appleDouble = Buffer.concat([Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]), Buffer.alloc(4000)]);
    writeFileSync(join(dir, "._VP-2024.xlsx"), appleDouble);
    writeFileSync(join(dir, "__MACOSX", "._VP-2024.xlsx"), appleDouble);
    const run = await runCli("consolidate", dir, "-o", join(root, "tong-hop-mac.xlsx"), "--json");
    const summary = JSON.parse(run.out);
    expect(summary).toMatchObject({ received: 1, unreadable: [] });
    expect(summary.notUsed.map((d: { file: string; reason: string }) => [d.file, d.reason])).toEqual([
      ["__MACOSX/._VP-2024.xlsx", "mac-metadata"],
      ["._VP-2024.xlsx", "mac-metadata"],
    ]);
    const terminal = await runCli("consolidate", dir, "-o", join(root, "tong-hop-mac-2.xlsx"));
    expect(terminal.out).toContain("Tổng hợp năm 2024: đã đọc 1 tệp.");
    expect(terminal.out).toContain(
      "  ._VP-2024.xlsx: tệp phụ macOS tạo ra khi chép hay nén tệp (._), không phải báo cáo",
    );
    const validate = await runCli("validate", dir);
    expect(validate.code).toBe(0);
    expect(validate.out).not.toContain("._VP-2024.xlsx");
  });
});

describe("documents (PDF, Word, a photo) in a folder", () => {
  it("are listed, not read; a missing unit they name is told to have sent a document, not its form", async () => {
    const dir = join(root, "van-ban");
    mkdirSync(join(dir, "TTr"), { recursive: true });
    writeFileSync(join(dir, "VP-2024.xlsx"), unitBytes);
    writeFileSync(join(dir, "VP-2024.pdf"), "%PDF-1.7\n");
    writeFileSync(join(dir, "TTr", "Báo cáo thi đua.DOCX"), "");
    writeFileSync(join(dir, "TTr", "ảnh chụp.JPG"), new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    const output = join(root, "tong-hop-van-ban.xlsx");
    const json = JSON.parse((await runCli("consolidate", dir, "-o", output, "--json")).out);
    expect(json).toMatchObject({ received: 1, unreadable: [] });
    expect(json.missingWithDocuments).toEqual([
      { unit: "TTr", year: 2024, files: ["TTr/ảnh chụp.JPG", "TTr/Báo cáo thi đua.DOCX"] },
    ]);
    expect(json.notUsed.map((d: { file: string; reason: string }) => [d.file, d.reason])).toEqual([
      ["TTr/ảnh chụp.JPG", "document"],
      ["TTr/Báo cáo thi đua.DOCX", "document"],
      ["VP-2024.pdf", "document"],
    ]);
    const summary = await readWorkbook(readFileSync(output), "tong-hop.xlsx");
    const ttr = tableRows(summary, "tbl_sum_status").find((r) => valueOf(r["Mã đơn vị"]) === "TTr");
    expect(valueOf(ttr?.["Ghi chú"])).toBe(
      "Chưa có biểu mẫu Excel; có văn bản (PDF, Word, ảnh): TTr/ảnh chụp.JPG, TTr/Báo cáo thi đua.DOCX",
    );
    const terminal = await runCli("consolidate", dir, "-o", output);
    expect(terminal.out).toContain("Tổng hợp năm 2024: đã đọc 1 tệp.");
    expect(terminal.out).toContain(
      "Đơn vị chưa nộp biểu mẫu Excel nhưng đã gửi văn bản (PDF, Word, ảnh): TTr (TTr/ảnh chụp.JPG, TTr/Báo cáo thi đua.DOCX).",
    );
    expect(terminal.out).toContain(
      "  VP-2024.pdf: văn bản (PDF, Word, ảnh), không phải biểu mẫu Excel: không đọc",
    );
    const report = await runCli("report", dir, "--kind", "annual", "-o", join(root, "bao-cao-van-ban.docx"));
    expect(report.out).toContain(
      "Đơn vị chưa nộp biểu mẫu Excel nhưng đã gửi văn bản (PDF, Word, ảnh): Thanh tra Sở (TTr/ảnh chụp.JPG, TTr/Báo cáo thi đua.DOCX).",
    );
    const validate = await runCli("validate", dir);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain(
      "Không kiểm tra 3 văn bản (PDF, Word, ảnh) trong thư mục, vì không phải biểu mẫu Excel: TTr/ảnh chụp.JPG, TTr/Báo cáo thi đua.DOCX, VP-2024.pdf.",
    );
    const given = await runCli("validate", join(dir, "VP-2024.pdf"));
    expect([given.code, given.out]).toEqual([2, expect.stringContaining("Tệp là văn bản PDF")]);
  });
});

describe("a Word file thidua wrote, given by name with the units' files (a shell's *)", () => {
  it("is thidua's own output, not a unit's unreadable file", async () => {
    const dir = join(root, "sao");
    mkdirSync(dir);
    writeFileSync(join(dir, "VP-2024.xlsx"), unitBytes);
    const letter = join(dir, "bao-cao-2024.docx");
    expect((await runCli("report", dir, "--kind", "annual", "-o", letter)).code).toBeLessThan(2);
    const given = [join(dir, "VP-2024.xlsx"), letter];
    const json = JSON.parse(
      (await runCli("consolidate", ...given, "-o", join(root, "th-sao.xlsx"), "--json")).out,
    );
    expect(json).toMatchObject({ received: 1, unreadable: [] });
    expect(json.notUsed.map((d: { file: string; reason: string }) => [d.file, d.reason])).toEqual([
      ["bao-cao-2024.docx", "thidua-output"],
    ]);
    const validate = await runCli("validate", ...given);
    expect(validate.code).toBe(0);
    expect(validate.out).toContain(
      "Tệp này là văn bản Word do thidua tạo ra (báo cáo, công văn đôn đốc), không phải báo cáo của một đơn vị",
    );
    expect(validate.out).toContain(
      "Đã kiểm tra 1 tệp: 1 hợp lệ, 0 có lỗi, 0 không đọc được. 1 tệp do thidua tạo ra",
    );
    const word = join(dir, "cong-van.docx");
    writeFileSync(
      word,
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("x")] }] })),
    );
    const other = JSON.parse(
      (
        await runCli(
          "consolidate",
          join(dir, "VP-2024.xlsx"),
          word,
          "-o",
          join(root, "th-sao-2.xlsx"),
          "--json",
        )
      ).out,
    );
    expect(other.unreadable).toEqual(["cong-van.docx"]);
  }, 60_000);
});

describe("symbolic links in a folder", () => {
  it("are followed to the folder they name, and a link back up the tree is searched once", async () => {
    const linked = join(root, "lien-ket");
    const shared = join(root, "thu-muc-chung");
    const other = baselineUnit();
    other.values.unit_name = "Thanh tra Sở";
    mkdirSync(join(linked, "VP"), { recursive: true });
    mkdirSync(shared);
    writeFileSync(join(linked, "VP", "bao-cao.xlsx"), unitBytes);
    writeFileSync(join(shared, "TTr.xlsx"), await writeWorkbook(unitPlan(other)));
    symlinkSync(shared, join(linked, "chung"));
    symlinkSync(linked, join(linked, "VP", "vong"));
    const run = await runCli("consolidate", linked, "-o", join(root, "tong-hop-lien-ket.xlsx"), "--json");
    expect(JSON.parse(run.out)).toMatchObject({ received: 2, notUsed: [], unreadable: [] });
  });
});

describe("only regular files within the size cap are read", () => {
  it("refuses /dev/zero at once, as not a file", async () => {
    const run = await runCli("validate", "/dev/zero", "--json");
    expect(run.code).toBe(2);
    const [finding] = JSON.parse(run.out).files[0].findings;
    expect(finding).toMatchObject({ code: "unreadable-workbook", detail: "device" });
    expect(finding.message).toContain("không phải là một tệp thông thường");
  });

  it("refuses a FIFO given by name without waiting for a writer", async () => {
    const run = await runCli("validate", join(folder, "ong.xlsx"), "--json");
    expect(JSON.parse(run.out).files[0].findings[0].detail).toBe("fifo");
  });

  it("refuses a file over the size cap before reading it", async () => {
    const big = join(root, "to.xlsx");
    writeFileSync(big, "");
    truncateSync(big, 6 * 1024 * 1024 * 1024); // sparse: 6 GB declared, nothing on disk
    const started = Date.now();
    const run = await runCli("validate", big, "--lang", "en", "--json");
    expect(Date.now() - started).toBeLessThan(2_000);
    const [finding] = JSON.parse(run.out).files[0].findings;
    expect(finding.message).toContain("too large");
    expect(finding.detail).toMatch(/^6442450944 bytes/);
  });
});

describe("the output is never one of the inputs", () => {
  it("refuses -o naming an input file and leaves the file as it was", async () => {
    const input = join(root, "VP.xlsx");
    writeFileSync(input, unitBytes);
    const run = await runCli("consolidate", input, "-o", join(root, ".", "VP.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("cũng là tệp đầu vào");
    expect(readFileSync(input).equals(Buffer.from(unitBytes))).toBe(true);
  });

  it("lets a rerun replace the summary its first run left in the input folder, not reading it as a unit", async () => {
    const [dir, output] = await folderWithSummary("lan-2", "folder");
    const first = readFileSync(output);
    truncateSync(join(dir, "VP.xlsx"), 100);
    const again = await runCli("consolidate", dir, "-o", output, "--year", "2024", "--json");
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.out);
    expect(summary.unreadable).toEqual(["VP.xlsx"]);
    expect(JSON.stringify(summary.notUsed)).not.toContain("tong-hop.xlsx");
    expect(readFileSync(output).equals(first)).toBe(false);
  }, 30_000);

  it("reads the summary a rerun replaces once, to tell what it is, not a second time", async () => {
    const [dir, output] = await folderWithSummary("doc-mot-lan", "folder");
    const read = regularFile.readRegularFile;
    const reads: string[] = [];
    jest.spyOn(regularFile, "readRegularFile").mockImplementation((path, maxBytes) => {
      reads.push(String(path));
      return read(path, maxBytes);
    });
    try {
      expect((await runCli("consolidate", dir, "-o", output, "--year", "2024")).code).toBe(0);
    } finally {
      jest.restoreAllMocks();
    }
    expect(reads.filter((path) => path === output)).toHaveLength(1);
    expect(reads.filter((path) => path === join(dir, "VP.xlsx"))).toHaveLength(1);
  }, 30_000);

  it("still refuses an output in the input folder that is a unit's report, even with --overwrite", async () => {
    const dir = join(root, "lan-3");
    mkdirSync(dir);
    const unitFile = join(dir, "VP.xlsx");
    writeFileSync(unitFile, unitBytes);
    const run = await runCli("consolidate", dir, "-o", unitFile, "--year", "2024", "--overwrite");
    expect(run.code).toBe(2);
    expect(run.err).toContain("cũng là tệp đầu vào");
    expect(readFileSync(unitFile).equals(Buffer.from(unitBytes))).toBe(true);
  }, 30_000);

  it("still refuses its own earlier summary given by name as an input", async () => {
    const [dir, output] = await folderWithSummary("lan-4", "folder");
    const run = await runCli("consolidate", join(dir, "VP.xlsx"), output, "-o", output, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.err).toContain("never overwrites an input");
  }, 30_000);
});

describe("files that are not a unit's report", () => {
  it("are named as such in the summary's status and counts, apart from units not in the roster", async () => {
    const dir = join(root, "khong-phai-bao-cao");
    mkdirSync(dir);
    const stranger = baselineUnit();
    stranger.values.unit_name = "Phòng Không Có";
    writeFileSync(join(dir, "VP.xlsx"), unitBytes);
    writeFileSync(join(dir, "la.xlsx"), await writeWorkbook(unitPlan(stranger)));
    writeFileSync(join(dir, "bang-tinh.xlsx"), await writeWorkbook(PLAIN_WORKBOOK));
    const earlier = join(root, "tong-hop-truoc.xlsx");
    expect((await runCli("consolidate", join(dir, "VP.xlsx"), "-o", earlier)).code).toBe(0);
    writeFileSync(join(dir, "tong-hop-truoc.xlsx"), readFileSync(earlier));

    const output = join(root, "tong-hop-khong-phai.xlsx");
    const run = await runCli("consolidate", dir, "-o", output);
    expect(run.out).toContain("không phải báo cáo đơn vị: 2; đơn vị không có trong danh sách: 1;");
    const summary = await readWorkbook(readFileSync(output), "tong-hop.xlsx");
    const status = Object.fromEntries(
      tableRows(summary, "tbl_sum_status").map((r) => [valueOf(r["Tệp"]), valueOf(r["Tình trạng"])]),
    );
    expect(status).toMatchObject({
      "la.xlsx": "Đơn vị không có trong danh sách",
      "bang-tinh.xlsx": "Không phải biểu mẫu báo cáo",
      "tong-hop-truoc.xlsx": "Tệp do thidua tạo ra, không phải báo cáo",
    });
    const counts = String(valueOf(summary.sheets.find((x) => x.name === "Tình trạng nộp")?.cells.A2));
    expect(counts).toContain("Đơn vị ngoài danh sách: 1, Không phải báo cáo đơn vị: 2");
  }, 30_000);

  it("are not counted by validate as files with errors when thidua wrote them, and a foreign workbook is", async () => {
    const [dir, summaryFile] = await folderWithSummary("kiem-tra-thu-muc", "file");
    const clean = await runCli("validate", dir);
    // Its heading is its name alone: it has no unit or year to tell.
    expect(clean.out.split("\n")).toContain("tong-hop.xlsx");
    expect(clean.out).toContain("VP.xlsx — Văn phòng Sở, năm 2024");
    expect(clean.out).toContain("=> KHÔNG PHẢI BÁO CÁO CỦA ĐƠN VỊ: tệp do thidua tạo ra, không kiểm tra.");
    const own = clean.out.slice(clean.out.indexOf("tong-hop.xlsx\n"));
    expect(own.slice(0, own.indexOf("=>")).split("\n").slice(1, 4)).toEqual([
      "  Nội dung",
      expect.stringMatching(/^ {2}─+$/),
      "  Tệp này là bảng tổng hợp do thidua tạo ra, không phải báo cáo của một đơn vị: không dùng để tổng hợp.",
    ]);
    expect(clean.out.trim().split("\n").pop()).toBe(
      "Đã kiểm tra 1 tệp: 1 hợp lệ, 0 có lỗi, 0 không đọc được. 1 tệp do thidua tạo ra (bảng tổng hợp, báo cáo, phản hồi…), không phải báo cáo của đơn vị, không được tính.",
    );
    expect(clean.code).toBe(0);
    expect((await runCli("validate", summaryFile)).code).toBe(2);

    writeFileSync(join(dir, "bang-tinh.xlsx"), await writeWorkbook(PLAIN_WORKBOOK));
    const foreign = await runCli("validate", dir);
    expect(foreign.code).toBe(1);
    expect(foreign.out).toContain("Đã kiểm tra 2 tệp: 1 hợp lệ, 1 có lỗi");
  }, 30_000);
});

describe("what the CLI prints", () => {
  it("escapes control characters of a file name", async () => {
    const name = "VP\u001b[31m\rGIẢ\n.xlsx";
    writeFileSync(join(root, name), unitBytes);
    const run = await runCli("validate", join(root, name));
    expect(run.out).toContain("VP\\x1b[31m\\rGIẢ\\n.xlsx");
    expect(run.out.includes("\u001b") || run.out.includes("\r")).toBe(false);
  });

  it("escapes the name of the copy a file duplicates", async () => {
    const dir = join(root, "ban-sao");
    mkdirSync(dir);
    for (const name of ["VP\n1.xlsx", "VP\n2.xlsx"]) writeFileSync(join(dir, name), unitBytes);
    const run = await runCli("consolidate", dir, "-o", join(root, "tong-hop-ban-sao.xlsx"));
    expect(run.out).toContain("VP\\n1.xlsx");
    expect(run.out).toContain("VP\\n2.xlsx");
    expect(run.out).not.toContain("VP\n");
  });

  it("escapes them in a refusal's message too: a line break in a name starts no line", async () => {
    const dir = join(root, "dong-moi");
    mkdirSync(dir);
    const name = join(dir, "VP\u001b[31m\nGIẢ.xlsx");
    writeFileSync(name, unitBytes);
    const run = await runCli("consolidate", dir, "-o", name);
    expect(run.code).toBe(2);
    expect(run.err).toContain("VP\\x1b[31m\\nGIẢ.xlsx cũng là tệp đầu vào");
    expect(run.err.split("\n")).toHaveLength(1);
  });

  it("keeps the technical detail out of the message and in --json's detail", async () => {
    const broken = join(root, "hong.xlsx");
    writeFileSync(
      broken,
      storedZip([
        { name: "xl/workbook.xml", data: "<workbook" },
        { name: "[Content_Types].xml", data: "<" },
      ]),
    );
    const text = await runCli("validate", broken);
    const json = JSON.parse((await runCli("validate", broken, "--json")).out);
    const [finding] = json.files[0].findings;
    expect(finding.code).toBe("unreadable-workbook");
    expect(finding.detail).toEqual(expect.any(String));
    expect(finding.detail.length).toBeGreaterThan(0);
    expect(finding.message).not.toContain(finding.detail);
    expect(text.out).not.toContain(finding.detail);
  });

  it("says “1 file” in English", async () => {
    const run = await runCli("validate", join(folder, "VP-2024.XLSM"), "--lang", "en");
    expect(run.out).toContain("Checked 1 file:");
  });
});

describe("a failed write", () => {
  it("says why in the user's words, without the system's message", async () => {
    const run = await runCli(
      "consolidate",
      join(folder, "VP-2024.XLSM"),
      "-o",
      join(root, "khong-co", "th.xlsx"),
      "--year",
      "2024",
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain("thư mục chứa tệp không tồn tại");
    expect(run.err).not.toMatch(/ENOENT|no such file/);
  }, 30_000);

  it("says so when part of the output's path is a file, for a file written and for chase's folder", async () => {
    const aFile = join(root, "la-tep.txt");
    writeFileSync(aFile, "not a folder");
    const run = await runCli("consolidate", join(folder, "VP-2024.XLSM"), "-o", join(aFile, "th.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("một phần của đường dẫn là tệp chứ không phải thư mục");
    expect(run.err).not.toMatch(/ENOTDIR|not a directory/);
    const chase = await runCli(
      "chase",
      folder,
      "--year",
      "2024",
      "-o",
      join(aFile, "don-doc"),
      "--lang",
      "en",
    );
    expect(chase.code).toBe(2);
    expect(chase.err).toContain("part of the path is a file, not a folder");
    expect(chase.err).not.toMatch(/EEXIST|ENOTDIR|Error/);
  }, 30_000);
});
