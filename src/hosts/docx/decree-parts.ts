/**
 * The parts every Decree 30 document shares: the header (agencies and nation in two borderless columns, the
 * rules, the number and the place and date), the recipients and signature, and the page with its numbering —
 * centred in the top margin, Arabic numerals, 13 pt, from page 2 (w:titlePg with an empty first-page header).
 */
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type Table,
  TextRun,
} from "docx";
import type { ReportClosing, ReportHeader } from "../../core/report/model";
import {
  centred,
  headerColumns,
  HEADER_LEFT_SHARE,
  rule,
  ruleLength,
  run,
  twoColumns,
  type RunStyle,
} from "./blocks";
import { FONT, half, PAGE, SIZE } from "./decree-layout";

const STYLE = {
  parentAgency: { size: SIZE.parentAgency },
  agency: { size: SIZE.agency, bold: true },
  number: { size: SIZE.number },
  subject: { size: 12 },
  nationalName: { size: SIZE.nationalName, bold: true },
  motto: { size: SIZE.motto, bold: true },
  placeDate: { size: SIZE.placeDate, italic: true },
} satisfies Record<string, RunStyle>;

/** The agency's rule is a third to a half of the agency's name. */
const AGENCY_RULE_SHARE = 0.45;

/** The header; `subject` ("V/v đôn đốc …") goes under the number, as in a công văn. */
export function headerTable(h: ReportHeader, subject?: string): Table {
  const [left, right] = headerColumns();
  const agencies = [
    centred(h.parentAgency, STYLE.parentAgency),
    centred(h.agency, STYLE.agency),
    rule(left, ruleLength(h.agency, STYLE.agency, AGENCY_RULE_SHARE)),
    centred(h.number, STYLE.number, subject ? 60 : 0),
    ...(subject ? [centred(subject, STYLE.subject)] : []),
  ];
  const nation = [
    centred(h.nationalName, STYLE.nationalName),
    centred(h.motto, STYLE.motto),
    rule(right, ruleLength(h.motto, STYLE.motto)),
    centred(h.placeDate, STYLE.placeDate),
  ];
  return twoColumns(agencies, nation, HEADER_LEFT_SHARE);
}

const left = (text: string, s: RunStyle): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [run(text, s)] });

/** Space to sign and stamp, about 3 cm. */
const SIGN_SPACE = 1700;

/** "Nơi nhận:" (12 pt bold italic) and its items (11 pt) beside the authority, title, space and name. */
export function closingTable(c: ReportClosing, marked: (text: string) => boolean): Table {
  const recipients = [
    left(c.recipientsTitle, { size: SIZE.recipientsTitle, bold: true, italic: true }),
    ...c.recipients.map((r) => left(r, { size: SIZE.recipient })),
  ];
  const titles = [c.authority, c.title].filter((t) => t !== "");
  const signer = [
    ...titles.map((t) => centred(t, { size: SIZE.signer, bold: true })),
    new Paragraph({ spacing: { before: 0, after: SIGN_SPACE }, children: [] }),
    centred(c.name, { size: SIZE.signer, bold: true, marked: marked(c.name) }),
  ];
  return twoColumns(recipients, signer, HEADER_LEFT_SHARE + 0.05);
}

/** The page number, centred in the top margin; the first page's header is empty. */
function pageHeaders(): { default: Header; first: Header } {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: half(SIZE.pageNumber) })],
  });
  return {
    default: new Header({ children: [number] }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}

/** A run of the document on pages of one orientation; a wide table has landscape pages of its own. */
export interface DocumentPart {
  landscape: boolean;
  children: (Paragraph | Table)[];
}

/**
 * One section per part. The first has the unnumbered first page; each later one starts on a new page,
 * numbered on, with the page number in its top margin as well.
 */
export function decreeDocument(parts: DocumentPart[], title: string): Document {
  return new Document({
    title,
    creator: "thidua",
    styles: { default: { document: { run: { font: FONT, size: half(SIZE.body) } } } },
    sections: parts.map((part, i) => ({
      properties: {
        titlePage: i === 0,
        page: {
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: part.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: PAGE.margin,
        },
      },
      headers: i === 0 ? pageHeaders() : { default: pageHeaders().default },
      children: part.children,
    })),
  });
}

export async function packDocument(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, "uint8array");
}
