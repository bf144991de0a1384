import { parseA1, toA1 } from "../../../core/workbook-model/address";
import type { NotePlan } from "../../../core/workbook-model/plan";
import { textElement } from "./shared-strings";

/** The comments part of a sheet's notes. Excel shows a note's author as a bold first line of its text. */
export function commentsXml(notes: NotePlan[]): string {
  const comments = notes.map((note) => {
    const author = note.author ? `<r><rPr><b/></rPr>${textElement(`${note.author}:\n`)}</r>` : "";
    const { row, col } = parseA1(note.cell);
    return `<comment ref="${toA1(row, col)}" authorId="0"><text>${author}<r>${textElement(note.text)}</r></text></comment>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<authors><author>thidua</author></authors><commentList>${comments.join("")}</commentList></comments>`
  );
}

/** The VML drawing Excel needs to show the notes: one hidden box per note, beside its cell. */
export function notesVml(notes: NotePlan[], sheetNumber: number): string {
  const shapes = notes.map((note, i) => {
    const { row, col } = parseA1(note.cell);
    const top = Math.max(0, row - 2);
    const anchor = [col, 15, top, 10, col + 2, 15, top + 4, 4].join(", ");
    return (
      `<v:shape id="_x0000_s${sheetNumber * 1024 + i + 1}" type="#_x0000_t202" ` +
      'style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" ' +
      'fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>' +
      '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${sheetNumber}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join("")}</xml>`
  );
}
