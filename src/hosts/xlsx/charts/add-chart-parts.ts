/**
 * The plan's charts are added to the package the writer wrote: for each sheet with
 * charts, one chart part per chart, a drawing part anchoring them (or the sheet's existing drawing, added
 * to), the relationships, the sheet's <drawing r:id> element where CT_Worksheet puts it, and the content
 * types.
 */
import { strToU8 } from "fflate";
import type { WorkbookPlan } from "../../../core/workbook-model/plan";
import { ZipArchive } from "../read/zip-archive";
import { PackageWriter } from "../write/package-writer";
import { chartsBySheet } from "./chart-data";
import { chartXml } from "./chart-xml";
import { anchorXml, CHART_REL, drawingXml, relationshipsXml, type AnchoredChart } from "./drawing-xml";
import {
  freshRelId,
  nextPartNumber,
  parseRelationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  sheetParts,
  text,
  withOverrides,
  type PackageFiles,
} from "./package-parts";

const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The elements of CT_Worksheet that come after <drawing>, in the schema's order. */
const AFTER_DRAWING =
  /<(?:\w+:)?(?:legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/(?:\w+:)?worksheet>/;
const EXISTING_DRAWING = /<(?:\w+:)?drawing\s[^>]*?r:id\s*=\s*"([^"]+)"/;

interface Overrides {
  list: { part: string; type: string }[];
}

function setText(files: PackageFiles, path: string, xml: string): void {
  files[path] = strToU8(xml);
}

/** Inserts the sheet's <drawing r:id>, declaring the r: namespace on the root if it is not. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  const rooted = /<(?:\w+:)?worksheet\b[^>]*\sxmlns:r\s*=/.test(sheetXml)
    ? sheetXml
    : sheetXml.replace(/<((?:\w+:)?worksheet)\b/, `<$1 xmlns:r="${R_NS}"`);
  const at = AFTER_DRAWING.exec(rooted);
  if (!at) throw new Error("the sheet part has no closing worksheet element");
  const prefix = /<(\w+:)?worksheet\b/.exec(rooted)?.[1] ?? "";
  return `${rooted.slice(0, at.index)}<${prefix}drawing r:id="${relId}"/>${rooted.slice(at.index)}`;
}

/** The sheet's drawing part: the one it has, or a new one related to it. */
function drawingOf(
  files: PackageFiles,
  sheetPath: string,
  overrides: Overrides,
): { path: string; isNew: boolean } {
  const sheetXml = text(files, sheetPath) ?? "";
  const relsPath = relsPathOf(sheetPath);
  const rels = parseRelationships(text(files, relsPath));
  const existing = EXISTING_DRAWING.exec(sheetXml)?.[1];
  const rel = rels.find((r) => r.id === existing && r.type === DRAWING_REL);
  if (rel) return { path: resolveTarget(sheetPath, rel.target), isNew: false };
  const path = `xl/drawings/drawing${nextPartNumber(files, "xl/drawings/drawing")}.xml`;
  const relId = freshRelId(rels);
  setText(
    files,
    relsPath,
    relationshipsXml([...rels, { id: relId, type: DRAWING_REL, target: relativeTarget(sheetPath, path) }]),
  );
  setText(files, sheetPath, withDrawingElement(sheetXml, relId));
  overrides.list.push({ part: path, type: DRAWING_TYPE });
  return { path, isNew: true };
}

function highestShapeId(drawing: string): number {
  return [...drawing.matchAll(/<(?:\w+:)?cNvPr\b[^>]*\sid="(\d+)"/g)].reduce(
    (max, m) => Math.max(max, Number(m[1])),
    1,
  );
}

function addToSheet(
  files: PackageFiles,
  sheetPath: string,
  charts: { anchor: string; xml: string; title: string }[],
  overrides: Overrides,
): void {
  const drawing = drawingOf(files, sheetPath, overrides);
  const relsPath = relsPathOf(drawing.path);
  const rels = parseRelationships(text(files, relsPath));
  const current = drawing.isNew ? "" : (text(files, drawing.path) ?? "");
  let shapeId = highestShapeId(current);
  const anchors: AnchoredChart[] = charts.map((chart) => {
    const path = `xl/charts/chart${nextPartNumber(files, "xl/charts/chart")}.xml`;
    setText(files, path, chart.xml);
    overrides.list.push({ part: path, type: CHART_TYPE });
    const relId = freshRelId(rels);
    rels.push({ id: relId, type: CHART_REL, target: relativeTarget(drawing.path, path) });
    shapeId += 1;
    return { anchor: chart.anchor, relId, shapeId, name: chart.title };
  });
  setText(files, relsPath, relationshipsXml(rels));
  const xml = drawing.isNew
    ? drawingXml(anchors)
    : current.replace(/<\/((?:\w+:)?wsDr)>\s*$/, (end) => `${anchors.map(anchorXml).join("")}${end}`);
  setText(files, drawing.path, xml);
}

/** Its own package: read whole, whatever its size. */
const NO_LIMITS = { maxEntryBytes: Number.POSITIVE_INFINITY, maxTotalBytes: Number.POSITIVE_INFINITY };

function isWorksheetPart(path: string): boolean {
  return path.startsWith("xl/worksheets/") && path.endsWith(".xml");
}

/**
 * The package with the plan's charts added; the same bytes when the plan has none. Every part the charts
 * do not change is copied as it was compressed (the worksheets without charts, most of the bytes, are not
 * even inflated); the parts they change are compressed again.
 */
export function addChartParts(bytes: Uint8Array, plan: WorkbookPlan, modified: Date): Uint8Array {
  const bySheet = chartsBySheet(plan);
  if (bySheet.size === 0) return bytes;
  const zip = new ZipArchive(bytes, NO_LIMITS);
  const files: PackageFiles = {};
  const inflate = (path: string) => (files[path] = zip.readBytes(path) ?? new Uint8Array());
  for (const entry of zip.entries) {
    if (!entry.name.endsWith("/") && !isWorksheetPart(entry.name)) inflate(entry.name);
  }
  const parts = sheetParts(files);
  const sheetsWithCharts = [...bySheet.keys()].map((sheet) => parts.get(sheet));
  for (const path of sheetsWithCharts) if (path !== undefined && zip.has(path)) inflate(path);
  /** The parts as inflated: those still the same object afterwards are unchanged. */
  const inflated: PackageFiles = { ...files };
  const overrides: Overrides = { list: [] };
  for (const [sheet, charts] of bySheet) {
    const sheetPath = parts.get(sheet);
    if (sheetPath === undefined || files[sheetPath] === undefined) {
      throw new Error(`the written package has no part for sheet "${sheet}"`);
    }
    addToSheet(
      files,
      sheetPath,
      charts.map(({ chart, data }) => ({ anchor: chart.anchor, title: chart.title, xml: chartXml(data) })),
      overrides,
    );
  }
  setText(
    files,
    "[Content_Types].xml",
    withOverrides(text(files, "[Content_Types].xml") ?? "", overrides.list),
  );
  const out = new PackageWriter(modified);
  for (const entry of zip.entries) {
    if (entry.name.endsWith("/")) continue;
    const data = files[entry.name];
    if (data === undefined || data === inflated[entry.name])
      out.addStored(entry.name, zip.storedData(entry), entry);
    else out.addBytes(entry.name, data);
  }
  for (const [path, data] of Object.entries(files)) if (!zip.has(path)) out.addBytes(path, data);
  return out.finish();
}
