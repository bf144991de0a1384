import { Document, Packer, Paragraph } from "docx";
import ExcelJS from "exceljs";
import { readWorkbook, WorkbookReadError } from "../../../src/hosts/xlsx";
import type { WorkbookReadErrorCode } from "../../../src/hosts/xlsx";
import { ole2File, storedZip } from "./stored-zip";
import { zipOf } from "./zip-parts";

async function smallWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "x";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function codeOf(promise: Promise<unknown>): Promise<WorkbookReadErrorCode | "no error"> {
  try {
    await promise;
    return "no error";
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.code;
    throw error;
  }
}

const MB = 1024 * 1024;

describe("readWorkbook refuses what it cannot read", () => {
  it("empty file", async () => {
    expect(await codeOf(readWorkbook(new Uint8Array(0), "a.xlsx"))).toBe("empty");
  });

  it("old .xls (OLE2 without encryption streams)", async () => {
    expect(await codeOf(readWorkbook(ole2File(["Workbook"]), "old.xls"))).toBe("legacy-xls");
  });

  it("password-protected .xlsx (OLE2 with EncryptionInfo or EncryptedPackage)", async () => {
    expect(await codeOf(readWorkbook(ole2File(["EncryptionInfo"]), "p.xlsx"))).toBe("encrypted");
    expect(await codeOf(readWorkbook(ole2File(["EncryptedPackage"]), "p.xlsx"))).toBe("encrypted");
  });

  it("not a zip", async () => {
    expect(await codeOf(readWorkbook(new TextEncoder().encode("<root>x</root>"), "a.xlsx"))).toBe("not-zip");
    expect(await codeOf(readWorkbook(new TextEncoder().encode("Mã,Tên\n1,A\n"), "a.csv"))).toBe("csv");
  });

  it("a zip that is not a workbook: a .docx, a zip of photos", async () => {
    const docx = await zipOf({
      "[Content_Types].xml": "<Types/>",
      "word/document.xml": "<w:document/>",
    });
    expect(await codeOf(readWorkbook(docx, "report.docx"))).toBe("word");
    const photos = await zipOf({
      "anh1.jpg": new Uint8Array([0xff, 0xd8, 0xff]),
      "anh2.jpg": new Uint8Array(10),
    });
    expect(await codeOf(readWorkbook(photos, "photos.zip"))).toBe("not-workbook");
  });

  it("an Apple Numbers spreadsheet, as Numbers saves it since 2013 and before", async () => {
    const numbers = await zipOf({
      "Index/Document.iwa": new Uint8Array([0, 1, 2]),
      "Metadata/Properties.plist": "<plist/>",
      "preview.jpg": new Uint8Array([0xff, 0xd8, 0xff]),
    });
    expect(await codeOf(readWorkbook(numbers, "bao-cao.numbers"))).toBe("numbers");
    const older = await zipOf({ "Index.zip": new Uint8Array(4), "Metadata/Properties.plist": "<plist/>" });
    expect(await codeOf(readWorkbook(older, "bao-cao.numbers"))).toBe("numbers");
    // On the Mac a Numbers file is a folder: zipped to be mailed, its entries are inside it.
    const zipped = await zipOf({
      "Bao cao.numbers/Index.zip": new Uint8Array(4),
      "Bao cao.numbers/Metadata/Properties.plist": "<plist/>",
      "Bao cao.numbers/preview.jpg": new Uint8Array([0xff, 0xd8, 0xff]),
    });
    expect(await codeOf(readWorkbook(zipped, "Bao cao.numbers"))).toBe("numbers");
  });

  it("a workbook WPS Spreadsheets saved as .et or .xls (OLE2 with WPS's ETExtData stream)", async () => {
    const wps = ole2File(["Workbook", "ETExtData", "SummaryInformation"]);
    expect(await codeOf(readWorkbook(wps, "bao-cao.et"))).toBe("wps");
    expect(await codeOf(readWorkbook(wps, "bao-cao.xls"))).toBe("wps");
  });

  it("an OLE2 file by the streams at its root, not by those of an object embedded in it", async () => {
    const word = { storage: "MBD0435D8BE", holds: ["WordDocument", "1Table", "\u0001CompObj"] };
    const workbook = { storage: "_1234567890", holds: ["Workbook", "\u0001CompObj"] };
    expect(await codeOf(readWorkbook(ole2File(["Workbook", word]), "co-van-ban.xls"))).toBe("legacy-xls");
    expect(await codeOf(readWorkbook(ole2File(["WordDocument", "1Table", workbook]), "bao-cao.doc"))).toBe(
      "word",
    );
    // Names are compared without letter case, as in the directory's own order.
    expect(await codeOf(readWorkbook(ole2File(["worddocument", "1table"]), "bao-cao.doc"))).toBe("word");
  });

  it("a PowerPoint presentation and an e-mail message, whether binary or zipped", async () => {
    const slides = ole2File(["PowerPoint Document", "Current User", "\u0005SummaryInformation"]);
    expect(await codeOf(readWorkbook(slides, "tong-ket.ppt"))).toBe("presentation");
    const pptx = await zipOf({
      "[Content_Types].xml": "<Types/>",
      "ppt/presentation.xml": "<p:presentation/>",
      // A chart's data, which would otherwise make it a zip of workbooks.
      "ppt/embeddings/Microsoft_Excel_Worksheet.xlsx": new Uint8Array(4),
    });
    expect(await codeOf(readWorkbook(pptx, "tong-ket.pptx"))).toBe("presentation");
    const msg = ole2File(["__substg1.0_0037001F", "__properties_version1.0", "__nameid_version1.0"]);
    expect(await codeOf(readWorkbook(msg, "Bao cao cua VP.msg"))).toBe("email");
    const eml = new TextEncoder().encode(
      "Return-Path: <vp@sxd.gov.vn>\r\nFrom: Văn phòng <vp@sxd.gov.vn>\r\nSubject: Bao cao\r\n" +
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n<html><table>',
    );
    expect(await codeOf(readWorkbook(eml, "Bao cao.eml"))).toBe("email");
  });

  it("another program's OLE2 file (Visio, Publisher) is not an Excel workbook", async () => {
    const visio = ole2File(["VisioDocument", "VisioInformation", "\u0005SummaryInformation"]);
    expect(await codeOf(readWorkbook(visio, "so-do.vsd"))).toBe("not-zip");
  });

  it("an Excel 2.0, 3.0 or 4.0 worksheet, older than OLE2 (its first record a BOF)", async () => {
    for (const bof of [
      [0x09, 0x00, 0x04, 0x00, 0x07, 0x00, 0x10, 0x00],
      [0x09, 0x02, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00],
      [0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00],
    ]) {
      expect(await codeOf(readWorkbook(new Uint8Array([...bof, 0, 0, 0, 0]), "CU.XLS"))).toBe("legacy-xls");
    }
  });

  it("a binary workbook (.xlsb) whose parts are not where Excel puts them", async () => {
    const xlsb = await zipOf({ "[Content_Types].xml": "<Types/>", "wtf/workbook.bin": new Uint8Array(4) });
    expect(await codeOf(readWorkbook(xlsb, "wtf_path.xlsb"))).toBe("xlsb");
  });

  it("what a unit sends instead of its form: a PDF (a signed scan), a photo, an .odt or .rtf document", async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    expect(await codeOf(readWorkbook(bytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), "TTr-2024.pdf"))).toBe("pdf");
    expect(await codeOf(readWorkbook(bytes("%PDF-1.4"), "TTr-2024.xlsx"))).toBe("pdf");
    const images = [
      [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00],
      [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00],
      [0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x08],
      [...new TextEncoder().encode("GIF89a"), 1, 0],
      [0, 0, 0, 0x18, ...new TextEncoder().encode("ftypheic"), 0, 0, 0, 0],
      [...new TextEncoder().encode("RIFF"), 0x24, 0, 0, 0, ...new TextEncoder().encode("WEBPVP8 ")],
    ];
    for (const image of images)
      expect(await codeOf(readWorkbook(new Uint8Array(image), "anh-chup.jpg"))).toBe("image");
    const video = [0, 0, 0, 0x18, ...new TextEncoder().encode("ftypisom"), 0, 0, 0, 0];
    expect(await codeOf(readWorkbook(new Uint8Array(video), "clip.mp4"))).toBe("not-zip");
    expect(await codeOf(readWorkbook(bytes("{\\rtf1\\ansi Báo cáo}"), "bao-cao.rtf"))).toBe("document");
    const odt = storedZip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
      { name: "content.xml", data: "<office:document-content/>" },
    ]);
    expect(await codeOf(readWorkbook(odt, "bao-cao.odt"))).toBe("document");
  });

  it("an archive of a unit's files: a zip holding workbooks, a RAR (4 or 5), a 7-Zip file", async () => {
    const zipped = await zipOf({ "Bao cao VP/VP-2024.xlsx": await smallWorkbook(), "Cong van.pdf": "%PDF" });
    expect(await codeOf(readWorkbook(zipped, "VP-2024.zip"))).toBe("archive");
    const rar4 = new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00, 0xcf, 0x90, 0x73]);
    const rar5 = new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0x33, 0x92]);
    const sevenZip = new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0x00, 0x04, 0x8d, 0x9b]);
    for (const bytes of [rar4, rar5, sevenZip])
      expect(await codeOf(readWorkbook(bytes, "VP-2024.rar"))).toBe("archive");
  });

  it("a Word file as Word writes it, its main part named by the package's relationship as a workbook's is", async () => {
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph("Báo cáo")] }] }),
    );
    expect(await codeOf(readWorkbook(new Uint8Array(bytes), "bao-cao.xlsx"))).toBe("word");
  });

  it("too large: a central directory claiming a 1 GB entry", async () => {
    const bomb = storedZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>", claimedSize: 1024 * MB },
    ]);
    const error = await readWorkbook(bomb, "bomb.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).code).toBe("too-large");
  });

  it("too large: one entry expanding more than the ratio allows", async () => {
    const bomb = storedZip([
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/sharedStrings.xml", data: "<sst/>", claimedSize: 20 * MB, claimedCompressedSize: 1000 },
    ]);
    expect(await codeOf(readWorkbook(bomb, "bomb.xlsx"))).toBe("too-large");
    // The same ratio below the 1 MB threshold is allowed (small, very repetitive parts are normal).
    const small = storedZip([
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/sharedStrings.xml", data: "<sst/>", claimedSize: 0.9 * MB, claimedCompressedSize: 1000 },
    ]);
    expect(await codeOf(readWorkbook(small, "small.xlsx"))).not.toBe("too-large");
  });

  it("too large: limits on file size, total size and entry count", async () => {
    const bytes = await smallWorkbook();
    expect(await codeOf(readWorkbook(bytes, "a.xlsx", { maxFileBytes: 100 }))).toBe("too-large");
    expect(await codeOf(readWorkbook(bytes, "a.xlsx", { maxUncompressedBytes: 1000 }))).toBe("too-large");
    expect(await codeOf(readWorkbook(bytes, "a.xlsx", { maxEntries: 3 }))).toBe("too-large");
    expect(await codeOf(readWorkbook(bytes, "a.xlsx"))).toBe("no error");
  });

  it("corrupt: a truncated download, and a workbook part that is not XML", async () => {
    const bytes = await smallWorkbook();
    const truncated = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(await codeOf(readWorkbook(truncated, "a.xlsx"))).toBe("corrupt");

    const broken = await zipOf({
      "xl/workbook.xml": "<workbook><sheets><<<",
      "[Content_Types].xml": "<Types/>",
    });
    const error = await readWorkbook(broken, "dir/sub/broken.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    const readError = error as WorkbookReadError;
    expect(readError.code).toBe("corrupt");
    expect(readError.fileName).toBe("broken.xlsx");
    expect(readError.detail).toBeTruthy();
    expect(readError.message).toContain("broken.xlsx");
  });
});
