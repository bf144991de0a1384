/** Realistic consolidations for report tests: sample unit workbooks checked like real files. */
import { FORM_PRIME_MINISTER } from "../../../src/core/campaign/default-tables";
import { consolidate, type Consolidation, type ConsolidationInput } from "../../../src/core/consolidation";
import { reportSettings, type ReportSettings } from "../../../src/core/report";
import { CAMPAIGN, unitFile, type UnitFile } from "../consolidation/fixtures";

export { CAMPAIGN };

/** Every roster unit's file for a year, except `skip`. */
export function yearFiles(year: number, skip: string[] = []): UnitFile[] {
  return CAMPAIGN.roster.filter((u) => !skip.includes(u.code)).map((u) => unitFile(u.code, year));
}

export const inputsOf = (files: UnitFile[]): ConsolidationInput[] => files.map((f) => ({ check: f.check }));

export const FILES_2023 = yearFiles(2023);
/** 2024 without Thanh tra Sở. */
export const FILES_2024 = yearFiles(2024, ["TTr"]);
export const C2023: Consolidation = consolidate(inputsOf(FILES_2023), CAMPAIGN, { year: 2023 });
export const C2024: Consolidation = consolidate(inputsOf(FILES_2024), CAMPAIGN, { year: 2024 });
export const SETTINGS: ReportSettings = reportSettings(CAMPAIGN.settings, {
  parentAgency: "UBND tỉnh Quảng Ngãi",
  place: "Quảng Ngãi",
  signerName: "Nguyễn Văn An",
  documentNumber: "125",
  date: { year: 2024, month: 12, day: 5 },
});

/** 2021–2025, every unit every year; VP proposes one person for the Prime Minister's certificate in 2025. */
export function campaignFiles(): UnitFile[] {
  return [2021, 2022, 2023, 2024, 2025].flatMap((year) =>
    CAMPAIGN.roster.map((u) =>
      unitFile(u.code, year, {
        change: (s) => {
          if (u.code !== "VP" || year !== 2025) return;
          s.tables.tbl_proposals.push({
            stt: s.tables.tbl_proposals.length + 1,
            target_type: "Cá nhân",
            name: "Lê Thị Hồng",
            position: "Chánh Văn phòng",
            form: FORM_PRIME_MINISTER,
            summary: "Có thành tích xuất sắc trong 5 năm thực hiện Phong trào",
          });
        },
      }),
    ),
  );
}
