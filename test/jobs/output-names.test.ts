import {
  CRITERIA_FILE_NAME,
  reportFileName,
  summaryFileName,
  templateFileName,
} from "../../src/jobs/output-names";

describe("the file each job writes, named by what it holds", () => {
  it("names the summary by its year or period", () => {
    expect(summaryFileName({ mode: "year", year: 2024 })).toBe("tong-hop-2024.xlsx");
    expect(summaryFileName({ mode: "period", from: 2021, to: 2023 })).toBe("tong-hop-2021-2023.xlsx");
    expect(summaryFileName({ mode: "period", from: 2022, to: 2022 })).toBe("tong-hop-2022.xlsx");
  });

  it("names the report by its kind and years, in either format", () => {
    expect(reportFileName("annual", { from: 2024, to: 2024 }, "xlsx")).toBe("bao-cao-nam-2024.xlsx");
    expect(reportFileName("interim", { from: 2021, to: 2023 }, "xlsx")).toBe("bao-cao-so-ket-2021-2023.xlsx");
    expect(reportFileName("final", { from: 2021, to: 2025 }, "docx")).toBe("bao-cao-tong-ket-2021-2025.docx");
  });

  it("names the template by its unit and year, and the criteria workbook", () => {
    expect(templateFileName("VP", 2024)).toBe("bieu-mau-VP-2024.xlsx");
    expect(templateFileName(undefined, 2024)).toBe("bieu-mau-2024.xlsx");
    expect(templateFileName()).toBe("bieu-mau.xlsx");
    expect(templateFileName("P/KH: 1", 2024)).toBe("bieu-mau-P-KH-1-2024.xlsx");
    expect(CRITERIA_FILE_NAME).toBe("tieu-chi.xlsx");
  });
});
