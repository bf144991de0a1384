import { DEFAULT_READ_LIMITS } from "../inspect-bytes";
import { decodeXml } from "../xml-entities";
import { openZip } from "./read-workbook";

/** The creator element of an Office file's core properties, with any prefix. */
const CREATOR = /<(?:[\w.-]+:)?creator\b[^>]*>([^<]*)<\//;

/**
 * Who an Office file (a workbook, a Word document) says created it: its core properties' creator, or
 * undefined when it has none or is not a package at all. Read within the reader's limits.
 */
function packageCreator(bytes: Uint8Array, name: string): string | undefined {
  try {
    const core = openZip(bytes, name, DEFAULT_READ_LIMITS).readText("docProps/core.xml");
    const found = core === undefined ? null : CREATOR.exec(core);
    return found ? decodeXml(found[1]).trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an Office file (a workbook, a Word document) says thidua created it: its report, a chase letter. */
export function writtenByThidua(bytes: Uint8Array, name: string): boolean {
  return packageCreator(bytes, name) === "thidua";
}
