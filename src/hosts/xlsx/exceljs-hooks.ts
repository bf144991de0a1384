/**
 * The few places where ExcelJS 4.4 is steered through its internal methods, for bugs and costs that no public
 * option avoids. Each patches one workbook instance only, and tests pin each behaviour (exceljs is pinned).
 */
import type ExcelJS from "exceljs";

interface ZipLike {
  append(data: unknown, options: { name: string }): unknown;
}

interface XlsxInternals {
  addWorksheets(zip: ZipLike, model: unknown): Promise<unknown>;
}

/** What ExcelJS's workbook writer expects for one defined name. */
export interface DefinedNameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

function internals(workbook: ExcelJS.Workbook): XlsxInternals {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxInternals>;
  if (typeof xlsx.addWorksheets !== "function") {
    throw new Error("This ExcelJS version is not supported by hosts/xlsx (internal API changed).");
  }
  return xlsx as XlsxInternals;
}

/**
 * Makes ExcelJS write exactly these defined names. Its own name store keeps names cell by cell (slow for big
 * ranges), loses sheet scope and quotes sheet names without escaping apostrophes.
 */
export function replaceDefinedNames(workbook: ExcelJS.Workbook, names: DefinedNameModel[]): void {
  Object.defineProperty(workbook.definedNames, "model", {
    configurable: true,
    get: () => names.map((n) => ({ ...n, ranges: [...n.ranges] })),
  });
}

/**
 * ExcelJS writes <legacyDrawing> (the notes' drawing) after <tableParts>, which breaks the schema's element
 * order: Excel then "repairs" any sheet that has both notes and a table (exceljs issue #1616).
 */
export function fixSheetElementOrder(workbook: ExcelJS.Workbook): void {
  const xlsx = internals(workbook);
  const addWorksheets = xlsx.addWorksheets;
  xlsx.addWorksheets = (zip, model) =>
    addWorksheets.call(
      xlsx,
      {
        append: (data, options) =>
          zip.append(
            typeof data === "string" && /^xl\/worksheets\/sheet\d+\.xml$/.test(options.name)
              ? moveLegacyDrawing(data)
              : data,
            options,
          ),
      },
      model,
    );
}

export function moveLegacyDrawing(xml: string): string {
  const legacy = /<legacyDrawing\b[^>]*\/>/.exec(xml);
  if (!legacy) return xml;
  const rest = xml.slice(0, legacy.index) + xml.slice(legacy.index + legacy[0].length);
  const anchors = [
    "<legacyDrawingHF",
    "<picture",
    "<oleObjects",
    "<controls",
    "<webPublishItems",
    "<tableParts",
    "<extLst",
  ]
    .map((tag) => rest.indexOf(tag, rest.indexOf("</sheetData>")))
    .filter((at) => at >= 0);
  if (anchors.length === 0) return xml;
  const at = Math.min(...anchors);
  return rest.slice(0, at) + legacy[0] + rest.slice(at);
}
