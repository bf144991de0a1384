import { toA1 } from "../../../core/workbook-model/address";
import type { PrintSetup, SheetPlan } from "../../../core/workbook-model/plan";
import type { PasswordHash } from "./sheet-password";
import { attrs, xml } from "./xml-escape";

const A4 = 9;
const MM_PER_INCH = 25.4;
/** Excel's default margins, in inches, for the ones a plan leaves out. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

function inches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 10_000) / 10_000;
}

/** <sheetPr>: tab colour, and "fit to page" when the print setup asks for it. */
export function sheetPropertiesXml(sheet: SheetPlan): string {
  const tab = sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.toUpperCase()}"/>` : "";
  const fit = sheet.print?.fitToWidth !== undefined ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

/** <sheetViews>: frozen panes, gridlines, and the selected tab (only the active sheet may be selected). */
export function sheetViewsXml(sheet: SheetPlan, selected: boolean): string {
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  const view = attrs({
    workbookViewId: 0,
    tabSelected: selected || undefined,
    showGridLines: sheet.showGridLines,
  });
  if (rows === 0 && columns === 0) return `<sheetViews><sheetView${view}/></sheetViews>`;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = toA1(rows + 1, columns + 1);
  return (
    `<sheetViews><sheetView${view}>` +
    `<pane${attrs({ xSplit: columns || undefined, ySplit: rows || undefined, topLeftCell: topLeft, activePane: pane, state: "frozen" })}/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    "</sheetView></sheetViews>"
  );
}

/** <cols>: the plan's column widths, in characters. */
export function columnsXml(sheet: SheetPlan): string {
  const widths = Object.entries(sheet.columnWidths ?? {})
    .map(([col, width]) => [Number(col), width] as const)
    .sort((a, b) => a[0] - b[0]);
  if (widths.length === 0) return "";
  const cols = widths.map(
    ([col, width]) => `<col min="${col}" max="${col}" width="${width}" customWidth="1"/>`,
  );
  return `<cols>${cols.join("")}</cols>`;
}

/** <sheetProtection>: locked cells cannot be edited; selecting and formatting columns and rows stay allowed. */
export function protectionXml(hash: PasswordHash | undefined): string {
  return `<sheetProtection${attrs({ sheet: true, ...hash, formatColumns: false, formatRows: false })}/>`;
}

function headerFooterXml(print: PrintSetup): string {
  if (print.footerCenter === undefined && print.headerCenter === undefined && !print.differentFirst)
    return "";
  const header =
    print.headerCenter === undefined ? "" : `<oddHeader>${xml(`&C${print.headerCenter}`)}</oddHeader>`;
  const footer =
    print.footerCenter === undefined ? "" : `<oddFooter>${xml(`&C${print.footerCenter}`)}</oddFooter>`;
  // A different first page with empty first header and footer: no page number on page 1.
  return `<headerFooter${attrs({ differentFirst: print.differentFirst || undefined })}>${header}${footer}</headerFooter>`;
}

/** <printOptions>, <pageMargins>, <pageSetup> and <headerFooter>, in the schema's order. */
export function printXml(print: PrintSetup | undefined): string {
  const m = print?.margins;
  const margins = m
    ? {
        left: inches(m.left),
        right: inches(m.right),
        top: inches(m.top),
        bottom: inches(m.bottom),
        header: m.header === undefined ? DEFAULT_MARGINS.header : inches(m.header),
        footer: m.footer === undefined ? DEFAULT_MARGINS.footer : inches(m.footer),
      }
    : DEFAULT_MARGINS;
  if (!print) return `<pageMargins${attrs(margins)}/>`;
  const options =
    print.horizontalCentered !== undefined
      ? `<printOptions${attrs({ horizontalCentered: print.horizontalCentered })}/>`
      : "";
  const fit = print.fitToWidth !== undefined;
  const setup = attrs({
    paperSize: A4,
    orientation: print.orientation,
    fitToWidth: fit ? print.fitToWidth : undefined,
    fitToHeight: fit ? (print.fitToHeight ?? 0) : undefined,
  });
  return `${options}<pageMargins${attrs(margins)}/><pageSetup${setup}/>${headerFooterXml(print)}`;
}
