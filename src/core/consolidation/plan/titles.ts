/** Titles and subtitles of the summary sheets. */
import type { Consolidation } from "../model";

/** "NĂM 2024" or "GIAI ĐOẠN 2021–2023". */
export function periodText(c: Consolidation): string {
  return c.mode === "year" ? `NĂM ${c.reviewYear}` : `GIAI ĐOẠN ${c.years[0]}–${c.reviewYear}`;
}

export function campaignText(c: Consolidation): string {
  return `PHONG TRÀO THI ĐUA “${c.campaignName.normalize("NFC").toUpperCase()}”`;
}

/** Subtitle parts joined, with the generation time last when given. */
export function subtitle(parts: string[], generatedAt?: string): string {
  const all = generatedAt ? [...parts, `Lập lúc: ${generatedAt}`] : parts;
  return all.filter((p) => p !== "").join(" · ");
}

export function gateText(c: Consolidation): string {
  return c.excludeInvalid
    ? "Đơn vị có lỗi không được tổng hợp (ghi chú “Có lỗi – không tổng hợp”)"
    : "Đơn vị có lỗi vẫn được tổng hợp (ghi chú “Có lỗi”)";
}
