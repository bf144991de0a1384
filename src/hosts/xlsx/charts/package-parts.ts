/** Finding parts in an unzipped .xlsx package: a sheet's part by its name, relationships, part numbers. */
import { strFromU8 } from "fflate";
import { decodeXml } from "../xml-entities";
import type { Relationship } from "./drawing-xml";

export type PackageFiles = Record<string, Uint8Array>;

export function text(files: PackageFiles, path: string): string | undefined {
  const data = files[path];
  return data === undefined ? undefined : strFromU8(data);
}

/** The rels part of a part: "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a package path, relative to the directory of the part that has it. */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = source.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

/** The path of `to` relative to the directory of `from`: "xl/drawings/drawing1.xml" from a sheet → "../drawings/drawing1.xml". */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

export function parseRelationships(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].flatMap((m) => {
    const id = attribute(m[0], "Id");
    const type = attribute(m[0], "Type");
    const target = attribute(m[0], "Target");
    return id !== undefined && type !== undefined && target !== undefined ? [{ id, type, target }] : [];
  });
}

/** An id not among `rels`: rId1, rId2… after the highest there. */
export function freshRelId(rels: Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  let n = rels.reduce((max, r) => Math.max(max, Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0)), 0) + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Each sheet's part path by the sheet's name, from xl/workbook.xml and its relationships. */
export function sheetParts(files: PackageFiles): Map<string, string> {
  const workbook = text(files, "xl/workbook.xml") ?? "";
  const rels = new Map(parseRelationships(text(files, relsPathOf("xl/workbook.xml"))).map((r) => [r.id, r]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const rel = rels.get(attribute(m[0], "r:id") ?? "");
    if (name !== undefined && rel) out.set(name, resolveTarget("xl/workbook.xml", rel.target));
  }
  return out;
}

/** The next free number N of parts "<prefix>N.xml" ("xl/charts/chart" → 1 in a package without charts). */
export function nextPartNumber(files: PackageFiles, prefix: string): number {
  let max = 0;
  for (const path of Object.keys(files)) {
    if (!path.startsWith(prefix)) continue;
    const n = Number(/^(\d+)\.xml$/.exec(path.slice(prefix.length))?.[1] ?? 0);
    max = Math.max(max, n);
  }
  return max + 1;
}

/** [Content_Types].xml with an Override for each part that has none. */
export function withOverrides(types: string, overrides: { part: string; type: string }[]): string {
  const missing = overrides.filter((o) => !types.includes(`PartName="/${o.part}"`));
  const added = missing.map((o) => `<Override PartName="/${o.part}" ContentType="${o.type}"/>`).join("");
  return types.replace(/<\/(?:\w+:)?Types>\s*$/, (end) => `${added}${end}`);
}
