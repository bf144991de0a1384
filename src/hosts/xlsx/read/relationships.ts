import { RepeatedParts } from "./repeated-parts";
import { elements } from "./xml-cursor";
import type { ZipArchive } from "./zip-archive";

export interface Relationship {
  id: string;
  /** The last segment of the type URI ("worksheet", "sharedStrings"…): the same in Transitional and Strict. */
  kind: string;
  /** The target part's name in the zip, resolved against the source part. */
  part: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolve(base: string, target: string): string {
  const segments = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const segment of target.replace(/\\/g, "/").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function percentDecoded(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

const repeated = new RepeatedParts<readonly Relationship[]>();

/** The relationships of a part ("" for the package's own), internal targets only. */
export function relationshipsOf(zip: ZipArchive, part: string): readonly Relationship[] {
  const xml = zip.readText(relsPartOf(part));
  if (xml === undefined) return [];
  // Targets are resolved against the part: the same text from another part is another list.
  return repeated.get(`${part}\u0000${xml}`, () => parseRelationships(xml, part));
}

function parseRelationships(xml: string, part: string): Relationship[] {
  const out: Relationship[] = [];
  for (const { name, attrs } of elements(xml)) {
    if (name !== "Relationship" || attrs.TargetMode === "External") continue;
    const { Id: id, Type: type, Target: target } = attrs;
    if (id === undefined || type === undefined || target === undefined) continue;
    out.push({
      id,
      kind: type.slice(type.lastIndexOf("/") + 1),
      part: resolve(part, percentDecoded(target)),
    });
  }
  return out;
}
