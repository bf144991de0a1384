/** Reading what thidua writes the way a checker would: the parts of a zipped Office file, and LibreOffice's PDF text. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";

export function zipParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const has = (command: string): boolean => {
  try {
    execFileSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

/** Whether LibreOffice and pdftotext are there; THIDUA_REQUIRE_E2E=1 makes their absence a failure. */
export function libreOfficeAvailable(): boolean {
  const available = has("soffice") && has("pdftotext");
  if (!available && process.env.THIDUA_REQUIRE_E2E === "1")
    throw new Error("LibreOffice and pdftotext are required (THIDUA_REQUIRE_E2E=1)");
  if (!available) console.warn("LibreOffice or pdftotext not installed: skipping the LibreOffice checks.");
  return available;
}

/** Converts a file to PDF with LibreOffice; returns the PDF's path. */
export function toPdf(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "thidua-lo-"));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  const pdf = join(dir, name.replace(/\.[^.]+$/, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}`);
  return pdf;
}

/** The PDF's text in reading order, NFC, with the page numbers at the top of pages 2… taken out. */
export function pdfText(pdf: string): string {
  const text = execFileSync("pdftotext", [pdf, "-"]).toString("utf8").normalize("NFC");
  return text.replace(/\f\s*\d+\s*\n/g, "\n");
}

export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();
