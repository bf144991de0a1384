import { attrs, xml } from "./xml-escape";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export const CONTENT_TYPE = {
  workbook: `${SHEET_CT}.sheet.main+xml`,
  worksheet: `${SHEET_CT}.worksheet+xml`,
  styles: `${SHEET_CT}.styles+xml`,
  sharedStrings: `${SHEET_CT}.sharedStrings+xml`,
  table: `${SHEET_CT}.table+xml`,
  comments: `${SHEET_CT}.comments+xml`,
  theme: "application/vnd.openxmlformats-officedocument.theme+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
};

export const REL_TYPE = {
  officeDocument: `${DOC_REL}/officeDocument`,
  worksheet: `${DOC_REL}/worksheet`,
  styles: `${DOC_REL}/styles`,
  sharedStrings: `${DOC_REL}/sharedStrings`,
  theme: `${DOC_REL}/theme`,
  table: `${DOC_REL}/table`,
  comments: `${DOC_REL}/comments`,
  vmlDrawing: `${DOC_REL}/vmlDrawing`,
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: `${DOC_REL}/extended-properties`,
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipsXml(rels: Relationship[]): string {
  const items = rels.map((r) => `<Relationship${attrs({ Id: r.id, Type: r.type, Target: r.target })}/>`);
  return `${DECLARATION}<Relationships xmlns="${RELS_NS}">${items.join("")}</Relationships>`;
}

/** [Content_Types].xml: the package's parts by path ("/xl/workbook.xml") and their content types. */
export function contentTypesXml(overrides: [string, string][]): string {
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    overrides.map(([path, type]) => `<Override PartName="${xml(path)}" ContentType="${type}"/>`).join("") +
    "</Types>"
  );
}

export interface DocumentProperties {
  title?: string;
  creator: string;
  company?: string;
  modified: Date;
}

export function corePropertiesXml(p: DocumentProperties): string {
  const when = p.modified.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (p.title !== undefined ? `<dc:title>${xml(p.title)}</dc:title>` : "") +
    `<dc:creator>${xml(p.creator)}</dc:creator><cp:lastModifiedBy>${xml(p.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function appPropertiesXml(p: DocumentProperties): string {
  return (
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    "<Application>thidua</Application>" +
    (p.company !== undefined ? `<Company>${xml(p.company)}</Company>` : "") +
    "</Properties>"
  );
}

export interface WorkbookSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  relId: string;
}

export interface WorkbookName {
  name: string;
  /** The formula text, e.g. "'Biểu mẫu'!$C$5". */
  ref: string;
  localSheetId?: number;
}

export function workbookXml(
  sheets: WorkbookSheet[],
  names: WorkbookName[],
  activeTab: number,
  fullCalcOnLoad: boolean,
): string {
  const sheetItems = sheets.map(
    (s, i) =>
      `<sheet${attrs({ name: s.name, sheetId: i + 1, state: s.state === "visible" ? undefined : s.state })} r:id="${s.relId}"/>`,
  );
  const nameItems = names.map(
    (n) => `<definedName${attrs({ name: n.name, localSheetId: n.localSheetId })}>${xml(n.ref)}</definedName>`,
  );
  return (
    `${DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${DOC_REL}">` +
    '<workbookPr defaultThemeVersion="164011"/>' +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15000" firstSheet="0" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${sheetItems.join("")}</sheets>` +
    (nameItems.length > 0 ? `<definedNames>${nameItems.join("")}</definedNames>` : "") +
    // Cached results are what readers without a calculation engine see; Excel recalculates on opening.
    `<calcPr calcId="191029"${fullCalcOnLoad ? ' fullCalcOnLoad="1"' : ""}/>` +
    "</workbook>"
  );
}
