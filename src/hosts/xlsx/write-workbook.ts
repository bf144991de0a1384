import type { SheetPlan, WorkbookPlan } from "../../core/workbook-model/plan";
import { addChartParts } from "./charts/add-chart-parts";
import { validatePlan } from "../../core/workbook-model/validate-plan";
import { collectValues, type CellGrid } from "./cell-grid";
import { listSheetName, ListSheet } from "./list-validations";
import { printNames, workbookNames } from "./write/defined-names";
import { commentsXml, notesVml } from "./write/notes-xml";
import {
  appPropertiesXml,
  CONTENT_TYPE,
  contentTypesXml,
  corePropertiesXml,
  REL_TYPE,
  relationshipsXml,
  workbookXml,
  type Relationship,
  type WorkbookName,
} from "./write/package-parts";
import { PackageWriter } from "./write/package-writer";
import { SharedStrings } from "./write/shared-strings";
import { hashSheetPassword } from "./write/sheet-password";
import { checkCoveredCells, writeSheetXml } from "./write/sheet-xml";
import { StyleTable } from "./write/style-table";
import { placeTableHeader, tableXml } from "./write/table-xml";
import { THEME_XML } from "./write/theme-xml";

/** A sheet's number in part names (sheetN.xml, commentsN.xml) and the ids of its tables. */
interface SheetParts {
  number: number;
  tableIds: number[];
  hasNotes: boolean;
}

/** What is shared by every sheet of one workbook being written. */
interface WorkbookContext {
  out: PackageWriter;
  strings: SharedStrings;
  styles: StyleTable;
  lists: ListSheet;
  active: number;
  names: WorkbookName[];
}

function sheetParts(sheets: SheetPlan[]): SheetParts[] {
  let tables = 0;
  return sheets.map((sheet, i) => ({
    number: i + 1,
    tableIds: (sheet.tables ?? []).map(() => ++tables),
    hasNotes: (sheet.notes ?? []).length > 0,
  }));
}

function sheetRelationships(parts: SheetParts): Relationship[] {
  const rels: Relationship[] = parts.tableIds.map((id, i) => ({
    id: `rId${i + 1}`,
    type: REL_TYPE.table,
    target: `../tables/table${id}.xml`,
  }));
  if (parts.hasNotes) {
    const n = rels.length;
    rels.push(
      { id: `rId${n + 1}`, type: REL_TYPE.vmlDrawing, target: `../drawings/vmlDrawing${parts.number}.vml` },
      { id: `rId${n + 2}`, type: REL_TYPE.comments, target: `../comments${parts.number}.xml` },
    );
  }
  return rels;
}

function contentTypes(sheets: SheetParts[]): [string, string][] {
  const types: [string, string][] = [["/xl/workbook.xml", CONTENT_TYPE.workbook]];
  for (const s of sheets) {
    types.push([`/xl/worksheets/sheet${s.number}.xml`, CONTENT_TYPE.worksheet]);
    for (const id of s.tableIds) types.push([`/xl/tables/table${id}.xml`, CONTENT_TYPE.table]);
    if (s.hasNotes) types.push([`/xl/comments${s.number}.xml`, CONTENT_TYPE.comments]);
  }
  types.push(
    ["/xl/styles.xml", CONTENT_TYPE.styles],
    ["/xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings],
    ["/xl/theme/theme1.xml", CONTENT_TYPE.theme],
    ["/docProps/core.xml", CONTENT_TYPE.core],
    ["/docProps/app.xml", CONTENT_TYPE.app],
  );
  return types;
}

function hasFormulas(grid: CellGrid): boolean {
  for (const cells of grid.values()) {
    for (const v of cells.values()) if (typeof v === "object") return true;
  }
  return false;
}

/** Writes one sheet's parts (worksheet, its relationships, tables, notes). Returns whether it has formulas. */
function writeSheet(ctx: WorkbookContext, sheet: SheetPlan, parts: SheetParts, index: number): boolean {
  const grid = collectValues(sheet.blocks);
  checkCoveredCells(sheet, grid);
  const totalsLabels = (sheet.tables ?? []).map((t) => placeTableHeader(t, grid));
  const rels = sheetRelationships(parts);
  writeSheetXml(ctx.out.part(`xl/worksheets/sheet${parts.number}.xml`), sheet, grid, {
    strings: ctx.strings,
    styles: ctx.styles,
    lists: ctx.lists,
    selected: index === ctx.active,
    password: sheet.protect?.password ? hashSheetPassword(sheet.protect.password) : undefined,
    tableRelIds: rels.filter((r) => r.type === REL_TYPE.table).map((r) => r.id),
    notesRelId: rels.find((r) => r.type === REL_TYPE.vmlDrawing)?.id,
  });
  if (rels.length > 0)
    ctx.out.add(`xl/worksheets/_rels/sheet${parts.number}.xml.rels`, relationshipsXml(rels));
  (sheet.tables ?? []).forEach((table, i) => {
    const id = parts.tableIds[i];
    ctx.out.add(`xl/tables/table${id}.xml`, tableXml(table, id, totalsLabels[i]));
  });
  if (parts.hasNotes) {
    const notes = sheet.notes ?? [];
    ctx.out.add(`xl/drawings/vmlDrawing${parts.number}.vml`, notesVml(notes, parts.number));
    ctx.out.add(`xl/comments${parts.number}.xml`, commentsXml(notes));
  }
  ctx.names.push(...printNames(sheet, index));
  return hasFormulas(grid);
}

function writeWorkbookParts(
  ctx: WorkbookContext,
  sheets: SheetPlan[],
  parts: SheetParts[],
  formulas: boolean,
) {
  const { out } = ctx;
  ctx.strings.write(out.part("xl/sharedStrings.xml"));
  out.add("xl/styles.xml", ctx.styles.toXml());
  out.add("xl/theme/theme1.xml", THEME_XML);
  const relId = (p: SheetParts) => `rId${p.number}`;
  const states = sheets.map((s, i) => ({
    name: s.name,
    state: s.visibility ?? "visible",
    relId: relId(parts[i]),
  }));
  out.add("xl/workbook.xml", workbookXml(states, ctx.names, ctx.active, formulas));
  const n = parts.length;
  out.add(
    "xl/_rels/workbook.xml.rels",
    relationshipsXml([
      ...parts.map((p) => ({
        id: relId(p),
        type: REL_TYPE.worksheet,
        target: `worksheets/sheet${p.number}.xml`,
      })),
      { id: `rId${n + 1}`, type: REL_TYPE.styles, target: "styles.xml" },
      { id: `rId${n + 2}`, type: REL_TYPE.sharedStrings, target: "sharedStrings.xml" },
      { id: `rId${n + 3}`, type: REL_TYPE.theme, target: "theme/theme1.xml" },
    ]),
  );
}

/**
 * Writes a plan as .xlsx bytes, streaming each sheet's XML into the zip as it is produced (no workbook
 * object model in between). Throws InvalidPlanError (before writing anything) for a malformed plan.
 */
export function writeWorkbook(plan: WorkbookPlan): Promise<Uint8Array> {
  try {
    return Promise.resolve(writeWorkbookNow(plan));
  } catch (error) {
    return Promise.reject(error);
  }
}

function writeWorkbookNow(plan: WorkbookPlan): Uint8Array {
  validatePlan(plan);
  const lists = new ListSheet(listSheetName(plan.sheets.map((s) => s.name)));
  // The list sheet comes last, so that the plan's sheet indexes (used by sheet-scoped names) stay as they are.
  const needsLists = plan.sheets.some((s) =>
    (s.validations ?? []).some((v) => ListSheet.needsSheet(v.values)),
  );
  const listsPlaceholder: SheetPlan[] = needsLists ? [{ name: lists.sheetName, blocks: [] }] : [];
  const parts = sheetParts([...plan.sheets, ...listsPlaceholder]);
  const modified = new Date();
  const ctx: WorkbookContext = {
    out: new PackageWriter(modified),
    strings: new SharedStrings(),
    styles: new StyleTable(),
    lists,
    active: Math.max(
      0,
      plan.sheets.findIndex((s) => (s.visibility ?? "visible") === "visible"),
    ),
    names: [],
  };
  // [Content_Types].xml first, where tools that sniff a package look for it.
  ctx.out.add("[Content_Types].xml", contentTypesXml(contentTypes(parts)));
  let formulas = false;
  plan.sheets.forEach((sheet, i) => (formulas = writeSheet(ctx, sheet, parts[i], i) || formulas));
  const listSheet = lists.sheetPlan();
  const sheets = listSheet ? [...plan.sheets, listSheet] : plan.sheets;
  if (listSheet) writeSheet(ctx, listSheet, parts[plan.sheets.length], plan.sheets.length);
  ctx.names.push(...workbookNames(plan));
  writeWorkbookParts(ctx, sheets, parts, formulas);
  const props = {
    title: plan.properties?.title,
    creator: plan.properties?.creator ?? "thidua",
    company: plan.properties?.company,
    modified,
  };
  ctx.out.add("docProps/core.xml", corePropertiesXml(props));
  ctx.out.add("docProps/app.xml", appPropertiesXml(props));
  ctx.out.add(
    "_rels/.rels",
    relationshipsXml([
      { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
      { id: "rId2", type: REL_TYPE.core, target: "docProps/core.xml" },
      { id: "rId3", type: REL_TYPE.app, target: "docProps/app.xml" },
    ]),
  );
  // Charts are added to the written package: parts of their own, and a drawing on each sheet that has them.
  return addChartParts(ctx.out.finish(), plan, modified);
}
