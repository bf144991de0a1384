import { basename, extname } from "node:path";
import { UsageError } from "./args";

/**
 * An output's extension must name what is written in it: Excel will not open a workbook named .docx or
 * .pdf, or one without an extension ("the file format or extension is not valid"), nor Word a workbook.
 */
export function requireExtension(output: string, ext: ".xlsx" | ".docx"): void {
  if (extname(output).toLowerCase() === ext) return;
  const name = basename(output);
  const stem = extname(name) === "" ? name : name.slice(0, -extname(name).length);
  throw new UsageError("usage.output-extension", {
    file: output,
    ext,
    example: `${stem || "ket-qua"}${ext}`,
  });
}
