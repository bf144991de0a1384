import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../../core/workbook-model/snapshot";
import { WorkbookReadError } from "../errors";
import { declaredSizeProblem, DEFAULT_READ_LIMITS, ReadLimits } from "../inspect-bytes";
import { locateCentralDirectory, readCentralDirectory, ZipEntryInfo, ZipFormatError } from "../zip-directory";
import { isZip, nonZipFormat, zipFormat } from "./identify-format";
import { parseCellFormats } from "./number-formats";
import { parseOdsContent, TooManyCellsError } from "./ods-content";
import { relationshipsOf } from "./relationships";
import { RepeatedParts } from "./repeated-parts";
import { parseSharedStrings } from "./shared-strings";
import { parseSheetCells, parseSheetLayout, SheetContext } from "./sheet-part";
import { parseTable } from "./table-part";
import { definedNames, parseWorkbookPart, type WorkbookPart, type WorkbookSheet } from "./workbook-part";
import { InflateLimitError, ZipArchive } from "./zip-archive";
import { xmlText } from "./xml-encoding";

/** English sentences for logs; the user sees the catalogue's message for the code. */
const LOG_MESSAGES: Record<WorkbookReadError["code"], string> = {
  empty: "the file is empty",
  "legacy-xls": "an Excel 97-2003 (.xls) workbook",
  encrypted: "a password-protected file",
  xlsb: "an Excel Binary (.xlsb) workbook",
  wps: "a workbook WPS Spreadsheets saved as .et or .xls",
  numbers: "an Apple Numbers spreadsheet",
  ods: "an OpenDocument (.ods) spreadsheet",
  fods: "a flat OpenDocument (.fods) spreadsheet",
  csv: "a text (.csv) file",
  html: "a web page (.htm/.html)",
  "xml-2003": "an XML Spreadsheet 2003 file",
  word: "a Word document",
  presentation: "a PowerPoint presentation",
  email: "an e-mail message (Outlook .msg, .eml)",
  document: "a text document (OpenDocument .odt, Rich Text .rtf)",
  pdf: "a PDF document",
  image: "an image (a photo or a scan)",
  archive: "an archive (.zip, .rar, .7z) of files",
  "not-zip": "not an Excel workbook",
  "not-workbook": "a zip archive that is not an Excel workbook",
  "too-large": "the workbook is too large or abnormally compressed",
  corrupt: "the file is damaged",
};

function fail(code: WorkbookReadError["code"], fileName: string, detail?: string): never {
  throw new WorkbookReadError(code, fileName, LOG_MESSAGES[code], detail);
}

function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
}

export function openZip(bytes: Uint8Array, name: string, limits: ReadLimits): ZipArchive {
  let entries: ZipEntryInfo[];
  try {
    const location = locateCentralDirectory(bytes);
    if (location.entryCount > limits.maxEntries) {
      fail(
        "too-large",
        name,
        `the archive declares ${location.entryCount} entries (at most ${limits.maxEntries})`,
      );
    }
    entries = readCentralDirectory(bytes, location);
  } catch (error) {
    if (error instanceof ZipFormatError) fail("corrupt", name, `zip directory: ${error.message}`);
    throw error;
  }
  const problem = declaredSizeProblem(entries, limits);
  if (problem) fail("too-large", name, problem);
  return new ZipArchive(
    bytes,
    { maxEntryBytes: limits.maxEntryBytes, maxTotalBytes: limits.maxUncompressedBytes },
    entries,
  );
}

/** The workbook part: the package's officeDocument relationship, or where Excel puts it. */
function workbookPartName(zip: ZipArchive): string | undefined {
  const rel = relationshipsOf(zip, "").find((r) => r.kind === "officeDocument" && zip.has(r.part));
  if (rel) return rel.part;
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

/**
 * The fewest characters a worksheet spends on one non-empty cell (`<c><v>1</v>`): a sheet's text bounds
 * how many cells it can hold.
 */
const MIN_CELL_CHARS = 11;

const repeatedWorkbooks = new RepeatedParts<WorkbookPart>();
const repeatedStyles = new RepeatedParts<SheetContext["cellFormats"]>();
const repeatedNames = new RepeatedParts<WorkbookSnapshot["names"]>();

interface WorksheetText {
  sheet: WorkbookSheet;
  part: string;
  xml: string;
}

function snapshotOf(
  zip: ZipArchive,
  workbookPart: string,
  name: string,
  limits: ReadLimits,
  only?: ReadonlySet<string>,
): WorkbookSnapshot {
  const workbookXml = zip.readText(workbookPart) ?? "";
  const workbook = repeatedWorkbooks.get(workbookXml, () => parseWorkbookPart(workbookXml));
  const rels = relationshipsOf(zip, workbookPart);
  const partOf = (kind: string) => rels.find((r) => r.kind === kind && zip.has(r.part))?.part;
  const stringsPart = partOf("sharedStrings");
  const stylesPart = partOf("styles");
  const byId = new Map(rels.map((r) => [r.id, r]));
  const wanted = (sheet: WorkbookSheet) => only === undefined || only.has(sheet.name);
  const sheetParts = workbook.sheets.filter(wanted).map((s) => byId.get(s.relId)?.part ?? "");
  zip.checkDeclared([stringsPart ?? "", stylesPart ?? "", ...sheetParts]);
  const ctx: SheetContext = {
    sharedStrings: stringsPart ? parseSharedStrings(zip.readText(stringsPart) ?? "") : [],
    cellFormats: stylesPart ? cellFormatsOf(zip.readText(stylesPart) ?? "") : [],
    date1904: workbook.date1904,
  };
  const worksheets: WorksheetText[] = [];
  for (const sheet of workbook.sheets) {
    const rel = byId.get(sheet.relId);
    if (!rel || rel.kind !== "worksheet") continue;
    // A sheet left out keeps its name and visibility, without a cell.
    const xml = wanted(sheet) ? zip.readText(rel.part) : "<worksheet/>";
    if (xml !== undefined) worksheets.push({ sheet, part: rel.part, xml });
  }
  if (worksheets.length === 0) {
    // A Word file names its main part with the same relationship a workbook does: say what it is.
    const format = zipFormat(zip);
    fail(format === "not-workbook" ? "corrupt" : format, name, "no worksheet could be read");
  }
  // When the texts cannot hold more cells than allowed, each sheet's cells are read the first time they
  // are asked for (sheets no one looks at, such as hidden lists, cost nothing); otherwise all are read
  // now and counted.
  const mostCells = worksheets.reduce((n, w) => n + Math.floor(w.xml.length / MIN_CELL_CHARS), 0);
  const lazy = mostCells <= limits.maxCells;
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  let cellCount = 0;
  for (const { sheet, part, xml } of worksheets) {
    const layout = parseSheetLayout(xml);
    if (lazy) {
      sheets.push(lazySheet(sheet, layout.merges, () => parseSheetCells(xml, layout, ctx).cells));
    } else {
      const { cells, count } = parseSheetCells(xml, layout, ctx);
      cellCount += count;
      if (cellCount > limits.maxCells)
        fail("too-large", name, `more than ${limits.maxCells} non-empty cells`);
      sheets.push({ name: sheet.name, visibility: sheet.visibility, cells, merges: layout.merges });
    }
    if (layout.tableParts.length === 0) continue;
    const sheetRels = new Map(relationshipsOf(zip, part).map((r) => [r.id, r]));
    for (const id of layout.tableParts) {
      const tableRel = sheetRels.get(id);
      if (tableRel?.kind !== "table") continue;
      const tableXml = zip.readText(tableRel.part);
      const table = tableXml === undefined ? undefined : parseTable(tableXml, sheet.name);
      if (table) tables.push(table);
    }
  }
  const sheetNames = sheets.map((s) => s.name);
  const names = repeatedNames
    .get(`${sheetNames.join("\u0000")}\u0000${workbookXml}`, () => definedNames(workbook, sheetNames))
    .map((n) => ({ ...n }));
  return { fileName: name, sheets, names, tables };
}

function cellFormatsOf(stylesXml: string): SheetContext["cellFormats"] {
  return repeatedStyles.get(stylesXml, () => parseCellFormats(stylesXml));
}

/** A sheet whose `cells` are read from its text when first asked for, and kept. */
function lazySheet(
  sheet: WorkbookSheet,
  merges: string[],
  readCells: () => SheetSnapshot["cells"],
): SheetSnapshot {
  const snapshot = { name: sheet.name, visibility: sheet.visibility } as SheetSnapshot;
  const keep = (cells: SheetSnapshot["cells"]) =>
    Object.defineProperty(snapshot, "cells", {
      value: cells,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  Object.defineProperty(snapshot, "cells", {
    enumerable: true,
    configurable: true,
    get: () => keep(readCells()).cells,
    set: keep,
  });
  snapshot.merges = merges;
  return snapshot;
}

/**
 * Reads .xlsx or .xlsm bytes (or LibreOffice's .ods and .fods) into a snapshot, or throws a
 * WorkbookReadError whose code says why the file cannot be read (its format named when it is another one).
 * Reads only the parts the snapshot needs.
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
  only?: ReadonlySet<string>,
): WorkbookSnapshot {
  const name = baseName(fileName);
  const all = { ...DEFAULT_READ_LIMITS, ...limits };
  const format = isZip(bytes) ? undefined : nonZipFormat(bytes);
  if (format !== undefined && format !== "fods") fail(format, name);
  if (bytes.length > all.maxFileBytes)
    fail("too-large", name, `the file has ${bytes.length} bytes (at most ${all.maxFileBytes})`);
  const zip = format === undefined ? openZip(bytes, name, all) : undefined;
  try {
    if (!zip) return odsSnapshot(xmlText(bytes), "fods", name, all, only);
    const workbookPart = workbookPartName(zip);
    if (workbookPart === undefined || !workbookPart.toLowerCase().endsWith(".xml")) {
      const zipped = zipFormat(zip);
      if (zipped !== "ods") fail(zipped, name);
      return odsPackageSnapshot(zip, name, all, only);
    }
    return snapshotOf(zip, workbookPart, name, all, only);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    if (error instanceof InflateLimitError || error instanceof TooManyCellsError)
      fail("too-large", name, error.message);
    fail("corrupt", name, error instanceof Error ? error.message : String(error));
  }
}

/** An OpenDocument spreadsheet (LibreOffice's .ods): its content, unless a password encrypts it. */
function odsPackageSnapshot(
  zip: ZipArchive,
  name: string,
  limits: ReadLimits,
  only: ReadonlySet<string> | undefined,
): WorkbookSnapshot {
  if (/<(?:[\w.-]+:)?encryption-data\b/.test(zip.readText("META-INF/manifest.xml") ?? ""))
    fail("encrypted", name);
  const content = zip.readText("content.xml");
  // Without its content LibreOffice may still open it, and save it as .xlsx: the .ods message says so.
  if (content === undefined) fail("ods", name, "no content.xml");
  return odsSnapshot(content, "ods", name, limits, only);
}

/** The snapshot of an OpenDocument content; one with no sheet is refused as its format, for LibreOffice to open. */
function odsSnapshot(
  content: string,
  format: "ods" | "fods",
  name: string,
  limits: ReadLimits,
  only: ReadonlySet<string> | undefined,
): WorkbookSnapshot {
  const snapshot = parseOdsContent(content, name, limits.maxCells, only);
  if (snapshot.sheets.length === 0) fail(format, name, "no sheet in its content");
  return snapshot;
}

/**
 * The cells of the sheets named only, the others listed empty: enough to tell what a workbook too large to
 * read whole is (thidua's own summary of many units, by its hidden record), within the same limits.
 */
export async function readSheetsOnly(
  bytes: Uint8Array,
  fileName: string,
  sheets: readonly string[],
): Promise<WorkbookSnapshot> {
  return readWorkbookBytes(bytes, fileName, {}, new Set(sheets));
}

/** As readWorkbookBytes, for callers that await (the entry point the CLI and the pane have always used). */
export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): Promise<WorkbookSnapshot> {
  return readWorkbookBytes(bytes, fileName, limits);
}
