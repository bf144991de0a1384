/** Plain-text table with columns padded to their widest cell; the last column is not padded. */
export function textTable(header: string[], rows: string[][], indent = "  "): string[] {
  const width = (s: string): number => [...s.normalize("NFC")].length;
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]): string =>
    indent +
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i] - width(c))))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)];
}
