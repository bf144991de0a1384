export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers the bytes as a downloaded file, through a link the browser "clicks". */
export function download(
  fileName: string,
  bytes: Uint8Array,
  doc: Document = document,
  type: string = XLSX_MIME,
): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
