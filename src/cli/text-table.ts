/**
 * Plain-text table with columns padded to their widest cell; the last column is not padded. A column
 * empty in every row is left out (a file's findings that point at no cell: no Sheet, Cell, Field columns).
 */
export function textTable(header: string[], rows: string[][], indent = "  "): string[] {
  const last = header.length - 1;
  const kept = header.map((_, i) => i).filter((i) => i === last || rows.some((r) => (r[i] ?? "") !== ""));
  const pick = (cells: string[]): string[] => kept.map((i) => cells[i] ?? "");
  const width = (s: string): number => [...s.normalize("NFC")].length;
  // A loop, not Math.max(...): a file can have hundreds of thousands of findings, more arguments than a
  // call takes.
  const widths = kept.map((i) => rows.reduce((w, r) => Math.max(w, width(r[i] ?? "")), width(header[i])));
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i] - width(c))))
      .join("  ")
      .trimEnd();
  return [line(pick(header)), line(widths.map((w) => "─".repeat(w))), ...rows.map((r) => line(pick(r)))];
}
