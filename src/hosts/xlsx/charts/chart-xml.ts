/**
 * A chart part (xl/charts/chartN.xml, DrawingML): a clustered bar or column chart whose series refer to
 * cells by formula, with the values at the time of writing as their cache. Elements follow the order of
 * the schema's sequences (CT_ChartSpace, CT_Chart, CT_BarChart, CT_BarSer, CT_CatAx, CT_ValAx).
 */
import type { CachedRef, CachedValue, ChartData } from "./chart-data";
import { escapeXml } from "./xml-text";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const FONT = "Times New Roman";
/** Office's first accent colours, one per series. */
const COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"];
const CATEGORY_AXIS = 500000001;
const VALUE_AXIS = 500000002;
const NUMBER_FORMAT = "#,##0";

function points(values: CachedValue[], keep: (v: CachedValue) => boolean): string {
  return values
    .map((v, i) => (keep(v) ? `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>` : ""))
    .join("");
}

function strRef(ref: CachedRef): string {
  const pts = points(ref.values, (v) => v !== null);
  return (
    `<c:strRef><c:f>${escapeXml(ref.formula)}</c:f>` +
    `<c:strCache><c:ptCount val="${ref.values.length}"/>${pts}</c:strCache></c:strRef>`
  );
}

function numRef(ref: CachedRef): string {
  const pts = points(ref.values, (v) => typeof v === "number" && Number.isFinite(v));
  return (
    `<c:numRef><c:f>${escapeXml(ref.formula)}</c:f><c:numCache><c:formatCode>${NUMBER_FORMAT}</c:formatCode>` +
    `<c:ptCount val="${ref.values.length}"/>${pts}</c:numCache></c:numRef>`
  );
}

function runProperties(size: number, bold: boolean): string {
  return (
    `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}">` +
    `<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr>`
  );
}

function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(size, false)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

function title(text: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(13, true)}</a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1300" b="1"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:rPr>` +
    `<a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

function series(data: ChartData): string {
  return data.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(s.name)}</c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${COLOURS[i % COLOURS.length]}"/></a:solidFill></c:spPr>` +
        `<c:invertIfNegative val="0"/><c:cat>${strRef(s.categories)}</c:cat><c:val>${numRef(s.values)}</c:val></c:ser>`,
    )
    .join("");
}

/**
 * The axes. A bar chart lists its first category at the bottom; reversing the category axis puts it at
 * the top, in the order of the sheet, and the value axis then crosses at the last category to stay below.
 * The value axis starts at 0: the figures are counts and amounts, and a cut axis would exaggerate a change.
 */
function axes(data: ChartData): string {
  const bar = data.kind === "bar";
  const categories =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(10)}` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const values =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${escapeXml(NUMBER_FORMAT)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(10)}` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${bar ? "max" : "autoZero"}"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return categories + values;
}

export function chartXml(data: ChartData): string {
  const legend =
    data.series.length > 1
      ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(11)}</c:legend>`
      : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    `<c:roundedCorners val="0"/><c:chart>${title(data.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="${data.kind === "bar" ? "bar" : "col"}"/>` +
    `<c:grouping val="clustered"/><c:varyColors val="0"/>${series(data)}<c:gapWidth val="60"/>` +
    `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>${axes(data)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${textProperties(10)}</c:chartSpace>`
  );
}
