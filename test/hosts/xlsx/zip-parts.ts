import JSZip from "jszip";

/** The text of every part of an .xlsx, by path. */
export async function xlsxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts[file.name] = await file.async("string");
  }
  return parts;
}

export async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Rewrites some parts of an .xlsx (to build inputs ExcelJS cannot write). */
export async function patchXlsx(
  bytes: Uint8Array,
  patch: Record<string, (xml: string) => string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(patch)) {
    const file = zip.file(name);
    if (!file) throw new Error(`no part ${name}`);
    zip.file(name, edit(await file.async("string")));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
