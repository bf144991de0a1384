/**
 * A theme with Office's default colours and fonts. Table styles and the default font refer to theme colours
 * and fonts; the schema asks for at least three entries in each format list.
 */
const COLORS: [string, string][] = [
  ["dk1", '<a:sysClr val="windowText" lastClr="000000"/>'],
  ["lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'],
  ["dk2", '<a:srgbClr val="44546A"/>'],
  ["lt2", '<a:srgbClr val="E7E6E6"/>'],
  ["accent1", '<a:srgbClr val="4472C4"/>'],
  ["accent2", '<a:srgbClr val="ED7D31"/>'],
  ["accent3", '<a:srgbClr val="A5A5A5"/>'],
  ["accent4", '<a:srgbClr val="FFC000"/>'],
  ["accent5", '<a:srgbClr val="5B9BD5"/>'],
  ["accent6", '<a:srgbClr val="70AD47"/>'],
  ["hlink", '<a:srgbClr val="0563C1"/>'],
  ["folHlink", '<a:srgbClr val="954F72"/>'],
];

const SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const three = (item: string): string => item + item + item;

export const THEME_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
  `<a:clrScheme name="Office">${COLORS.map(([name, color]) => `<a:${name}>${color}</a:${name}>`).join("")}</a:clrScheme>` +
  '<a:fontScheme name="Office">' +
  '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>' +
  '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>' +
  "</a:fontScheme>" +
  '<a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${three(SOLID)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${three(`<a:ln w="6350">${SOLID}</a:ln>`)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${three("<a:effectStyle><a:effectLst/></a:effectStyle>")}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${three(SOLID)}</a:bgFillStyleLst>` +
  "</a:fmtScheme></a:themeElements></a:theme>";
