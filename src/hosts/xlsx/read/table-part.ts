import type { TableSnapshot } from "../../../core/workbook-model/snapshot";
import { tryParseRange } from "../../../core/workbook-model/sheet-refs";
import { rangeToA1 } from "../../../core/workbook-model/address";
import { decodeEscapes } from "./rich-text";
import { elements } from "./xml-cursor";

/** A table part (xl/tables/tableN.xml) of a sheet; undefined when it has no name or no valid range. */
export function parseTable(xml: string, sheet: string): TableSnapshot | undefined {
  const all = elements(xml);
  const table = all.find((e) => e.name === "table");
  const range = table && tryParseRange(table.attrs.ref ?? "");
  if (!table || !range || table.attrs.name === undefined) return undefined;
  const columns = all.filter((e) => e.name === "tableColumn").map((e) => decodeEscapes(e.attrs.name ?? ""));
  const totals = Number(table.attrs.totalsRowCount ?? 0) > 0;
  return {
    name: table.attrs.name,
    sheet,
    ref: rangeToA1(range),
    columns,
    ...(totals ? { totalsRow: true } : {}),
  };
}
