/**
 * A drawing part (xl/drawings/drawingN.xml) with one two-cell anchor per chart, and its relationships to
 * the chart parts. A chart moves and resizes with the cells under it.
 */
import { parseRange } from "../../../core/workbook-model/address";
import { escapeXml } from "./xml-text";

export const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

export interface AnchoredChart {
  /** The cells the chart covers, "D4:M23". */
  anchor: string;
  /** The relationship id, in the drawing's rels, of its chart part. */
  relId: string;
  /** The shape's id, unique in the drawing. */
  shapeId: number;
  name: string;
}

const marker = (tag: string, col: number, row: number) =>
  `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/** One xdr:twoCellAnchor: from the anchor's top-left cell to the corner after its bottom-right cell (0-based). */
export function anchorXml(chart: AnchoredChart): string {
  const r = parseRange(chart.anchor);
  return (
    `<xdr:twoCellAnchor editAs="twoCell">${marker("from", r.left - 1, r.top - 1)}${marker("to", r.right, r.bottom)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${chart.shapeId}" name="${escapeXml(chart.name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${escapeXml(chart.relId)}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export function drawingXml(charts: AnchoredChart[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `${charts.map(anchorXml).join("")}</xdr:wsDr>`
  );
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function relationshipXml(r: Relationship): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`;
}

export function relationshipsXml(rels: Relationship[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="${REL_NS}">${rels.map(relationshipXml).join("")}</Relationships>`
  );
}
