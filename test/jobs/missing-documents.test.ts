import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { consolidate } from "../../src/core/consolidation";
import type { StatusRow } from "../../src/core/consolidation/model";
import { documentNamesUnit, namedFiles, statusWithDocuments } from "../../src/jobs/missing-documents";

describe("a document names a unit", () => {
  it("by its code as a word of the path, in any case and Unicode form", () => {
    expect(documentNamesUnit("TTr/bao-cao.pdf", "TTr", "Thanh tra Sở", 2024)).toBe(true);
    expect(documentNamesUnit("2024/ttr-2024.docx", "TTr", "Thanh tra Sở", 2024)).toBe(true);
    expect(documentNamesUnit("TTKD-2024.pdf", "TTKĐ", "Trung tâm Kiểm định", 2024)).toBe(true);
    expect(documentNamesUnit("TTKĐ-2024.pdf".normalize("NFD"), "TTKĐ", "Trung tâm Kiểm định", 2024)).toBe(
      true,
    );
  });

  it("by its name, with or without diacritics", () => {
    expect(documentNamesUnit("Thanh tra Sở - báo cáo.docx", "TTr", "Thanh tra Sở", 2024)).toBe(true);
    expect(documentNamesUnit("bao cao THANH TRA SO.pdf", "TTr", "Thanh tra Sở", 2024)).toBe(true);
    expect(documentNamesUnit("thanh_tra_so.pdf".normalize("NFD"), "TTr", "Thanh tra Sở", 2024)).toBe(true);
  });

  it("not by a part of a word, another unit's code, or another year", () => {
    expect(documentNamesUnit("TTra-2024.pdf", "TTr", "Thanh tra Sở", 2024)).toBe(false);
    expect(documentNamesUnit("TTS-2024.pdf", "TTr", "Thanh tra Sở", 2024)).toBe(false);
    expect(documentNamesUnit("Thanh tra.pdf", "TTr", "Thanh tra Sở", 2024)).toBe(false);
    expect(documentNamesUnit("TTr-2023.pdf", "TTr", "Thanh tra Sở", 2024)).toBe(false);
    expect(documentNamesUnit("TTr 2023-2024.pdf", "TTr", "Thanh tra Sở", 2024)).toBe(true);
  });
});

describe("the status rows with the documents found", () => {
  it("note the documents on a missing unit's row only", () => {
    const { status } = consolidate([], DEFAULT_CAMPAIGN, { year: 2024 });
    const missing = status.find((r) => r.unitCode === "TTr") as StatusRow;
    const vp = status.find((r) => r.unitCode === "VP") as StatusRow;
    const received: StatusRow = { ...vp, status: "valid", file: "VP.xlsx" };
    const rows = statusWithDocuments([missing, received], ["TTr/cong-van.pdf", "VP/to-trinh.docx"]);
    expect(rows.map((r) => [r.note, r.documents])).toEqual([
      ["Chưa có biểu mẫu Excel; có văn bản (PDF, Word, ảnh): TTr/cong-van.pdf", ["TTr/cong-van.pdf"]],
      ["", undefined],
    ]);
    expect(statusWithDocuments([missing], [])).toEqual([missing]);
  });

  it("name a few of the documents and count the others: a mailbox's worth must still fit a cell", () => {
    const { status } = consolidate([], DEFAULT_CAMPAIGN, { year: 2024 });
    const missing = status.find((r) => r.unitCode === "TTr") as StatusRow;
    const files = Array.from({ length: 3000 }, (_, i) => `TTr/${"ảnh chụp màn hình ".repeat(6)}anh${i}.jpg`);
    const [row] = statusWithDocuments([missing], files);
    expect(row.documents).toHaveLength(3000);
    expect(row.note.length).toBeLessThan(1000);
    expect(row.note).toMatch(/ anh4\.jpg, … \(\+2995\)$/);
    expect(namedFiles(["a.pdf", "b.pdf"])).toBe("a.pdf, b.pdf");
  });
});
