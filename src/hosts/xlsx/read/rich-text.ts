/**
 * Collects the text of a string item (<si> in the shared strings, <is> in a cell): its <t> elements,
 * plain or in rich-text runs, but not the phonetic guide (<rPh>, furigana) nor its properties.
 */
export class StringItemText {
  private parts: string[] = [];
  private inT = false;
  private phoneticDepth = 0;

  open(name: string, selfClosing: boolean): void {
    if (selfClosing) return;
    if (name === "rPh") this.phoneticDepth++;
    else if (name === "t" && this.phoneticDepth === 0) this.inT = true;
  }

  close(name: string): void {
    if (name === "rPh" && this.phoneticDepth > 0) this.phoneticDepth--;
    else if (name === "t") this.inT = false;
  }

  text(text: string): void {
    if (this.inT) this.parts.push(text);
  }

  /** The text so far, with "_xHHHH_" escapes decoded as Excel does, and starts a new item. */
  take(): string {
    const text = decodeEscapes(this.parts.join(""));
    this.parts = [];
    this.inT = false;
    this.phoneticDepth = 0;
    return text;
  }
}

/** OOXML stores characters XML cannot hold as "_xHHHH_" (and a literal "_x" as "_x005F_x"). */
export function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
