import type { SourceRef } from "../model";

/** "VP-2024.xlsx › Biểu mẫu!D20": where a number was read, for people (not a formula reference). */
export function sourceText(source: SourceRef): string {
  return `${source.file} › ${source.sheet}!${source.cell}`;
}

/** "VP-2024.xlsx › Khen thưởng, dòng 5". */
export function rowSourceText(source: { file: string; sheet: string; row: number }): string {
  return `${source.file} › ${source.sheet}, dòng ${source.row}`;
}
