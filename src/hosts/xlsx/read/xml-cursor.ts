/**
 * A forgiving pull tokenizer for the large parts of a workbook (sheets, shared strings, styles): it steps
 * from tag to tag without building strings or objects for the tags it is not asked about. Names are
 * compared without their namespace prefix, so "x:c", "c" and "ns0:c" are all "c" (Transitional and Strict
 * parts, and writers that pick their own prefixes). Only XML's own entities are expanded, so a DOCTYPE
 * cannot make it grow.
 */
import { decodeXml } from "../xml-entities";

export const enum Token {
  Open,
  Close,
  /** A CDATA section: its text is cdata(). */
  Cdata,
  /** A comment, processing instruction or declaration. */
  Other,
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

function isNameEnd(ch: number): boolean {
  return isSpace(ch) || ch === 0x2f /* / */ || ch === 0x3e /* > */ || Number.isNaN(ch);
}

/** Character data with XML's entities expanded. */
export function decoded(text: string): string {
  return text.includes("&") ? decodeXml(text) : text;
}

/** Shorter slices are copied by V8 anyway. */
const SLICE_VIEW_LENGTH = 13;

/**
 * A copy of a piece of a part's text that does not keep the whole part alive: V8 keeps a longer slice of
 * a string as a view on it, and the values read outlive the parts by far (consolidation holds them).
 * Slicing a concatenation copies it into a string of its own.
 */
export function detached(text: string): string {
  return text.length < SLICE_VIEW_LENGTH ? text : (" " + text).slice(1);
}

export class XmlCursor {
  /** After next(): what the token is. */
  token: Token = Token.Other;
  /** An open tag that closes itself (<c r="A1"/>). */
  selfClosing = false;
  private at = 0;
  private textStart = 0;
  private textEnd = 0;
  /** The token's local name, or the CDATA's text, as a range of the document. */
  private nameStart = 0;
  private nameEnd = 0;
  private attrStart = 0;
  private attrEnd = 0;
  /** The attribute nextAttribute() read: its local name and its value, as ranges of the document. */
  private attrNameStart = 0;
  private attrLocal = 0;
  private attrNameEnd = 0;
  private valueStart = 0;
  private valueEnd = 0;

  /** Reads the document from `from` up to `to` (the start of a tag, or the end). */
  constructor(
    private readonly xml: string,
    from = 0,
    private readonly to = xml.length,
  ) {
    this.at = from;
  }

  /** Where the text after the current token starts. */
  get position(): number {
    return this.at;
  }

  /** Goes on from `offset` (the start of a tag), skipping whatever lies before it. */
  jumpTo(offset: number): void {
    this.at = offset;
  }

  /** Steps to the next tag; false at the end of the document (or of a truncated tag). */
  next(): boolean {
    const xml = this.xml;
    this.textStart = this.at;
    const lt = xml.indexOf("<", this.at);
    if (lt < 0 || lt >= this.to) {
      this.textEnd = this.at = this.to;
      return false;
    }
    this.textEnd = lt;
    const first = xml.charCodeAt(lt + 1);
    if (first === 0x21 /* ! */) {
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        this.token = Token.Cdata;
        this.nameStart = lt + 9;
        this.nameEnd = end < 0 ? xml.length : end;
        this.at = end < 0 ? xml.length : end + 3;
      } else {
        this.token = Token.Other;
        this.at = this.skipTo(lt + 2, xml.startsWith("<!--", lt) ? "-->" : ">");
      }
      return true;
    }
    if (first === 0x3f /* ? */) {
      this.token = Token.Other;
      this.at = this.skipTo(lt + 2, "?>");
      return true;
    }
    const closing = first === 0x2f;
    let p = closing ? lt + 2 : lt + 1;
    let local = p;
    while (!isNameEnd(xml.charCodeAt(p))) {
      if (xml.charCodeAt(p) === 0x3a /* : */) local = p + 1;
      p++;
    }
    this.nameStart = local;
    this.nameEnd = p;
    const end = this.tagEnd(p);
    if (end < 0) {
      this.at = xml.length;
      return false;
    }
    this.token = closing ? Token.Close : Token.Open;
    this.selfClosing = !closing && xml.charCodeAt(end - 1) === 0x2f;
    this.attrStart = p;
    this.attrEnd = this.selfClosing ? end - 1 : end;
    this.at = end + 1;
    return true;
  }

  /**
   * When the next tag begins a match of `sticky` (a /y pattern that starts with "<"): where the matched text
   * starts, and the cursor after it; -1 otherwise, the cursor where it was. The commonest form of a frequent
   * element is so recognised by one native match rather than read tag by tag and attribute by attribute;
   * the caller reads it by the positions the pattern fixes, as a match's array and captured strings would be
   * most of what reading it allocates.
   */
  testNext(sticky: RegExp): number {
    const lt = this.xml.indexOf("<", this.at);
    if (lt < 0 || lt >= this.to) return -1;
    sticky.lastIndex = lt;
    if (!sticky.test(this.xml) || sticky.lastIndex > this.to) return -1;
    this.at = sticky.lastIndex;
    return lt;
  }

  /** Whether the current tag's local name is `name`. */
  is(name: string): boolean {
    const length = this.nameEnd - this.nameStart;
    if (length !== name.length || this.token > Token.Close) return false;
    for (let i = 0; i < length; i++) {
      if (this.xml.charCodeAt(this.nameStart + i) !== name.charCodeAt(i)) return false;
    }
    return true;
  }

  /** The current tag's name without its prefix. */
  localName(): string {
    return this.token > Token.Close ? "" : this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The current open tag's attribute of that local name ("r:id" is "id"), decoded; undefined if absent. */
  attr(name: string): string | undefined {
    for (let at = this.attrStart; (at = this.nextAttribute(at)) >= 0;) {
      const length = this.attrNameEnd - this.attrLocal;
      if (length === name.length && this.xml.startsWith(name, this.attrLocal)) {
        return detached(decoded(this.xml.slice(this.valueStart, this.valueEnd)));
      }
    }
    return undefined;
  }

  /**
   * Steps through the current open tag's attributes without building their names: start with `from` 0,
   * pass back what it returns; -1 when there are no more. attrIs() and attrValue() read the one stepped to.
   */
  nextAttr(from: number): number {
    return this.nextAttribute(from === 0 ? this.attrStart : from);
  }

  /** Whether the attribute nextAttr() stepped to has that local name. */
  attrIs(name: string): boolean {
    return this.attrNameEnd - this.attrLocal === name.length && this.xml.startsWith(name, this.attrLocal);
  }

  /**
   * Whether the attribute nextAttr() stepped to is written with that prefix: OpenDocument gives a cell
   * both office:value-type and calcext:value-type, which only the latter says is an error.
   */
  attrPrefixIs(prefix: string): boolean {
    return (
      this.attrLocal - this.attrNameStart === prefix.length + 1 &&
      this.xml.startsWith(prefix, this.attrNameStart)
    );
  }

  /** The value of the attribute nextAttr() stepped to, decoded. */
  attrValue(): string {
    return detached(decoded(this.xml.slice(this.valueStart, this.valueEnd)));
  }

  /** All attributes of the current open tag by local name (for the small parts read whole). */
  attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    for (let at = this.attrStart; (at = this.nextAttribute(at)) >= 0;) {
      if (this.attrNameEnd > this.attrLocal) {
        out[this.xml.slice(this.attrLocal, this.attrNameEnd)] = detached(
          decoded(this.xml.slice(this.valueStart, this.valueEnd)),
        );
      }
    }
    return out;
  }

  /**
   * Reads the next name="value" of the current tag from `at` into attrLocal…valueEnd, stepping over text
   * that is not one; returns where the following one may start, or -1 when there are no more.
   */
  private nextAttribute(from: number): number {
    const xml = this.xml;
    const end = this.attrEnd;
    let at = from;
    while (at < end) {
      while (at < end && isSpace(xml.charCodeAt(at))) at++;
      const nameStart = at;
      let local = at;
      while (at < end && xml.charCodeAt(at) !== 0x3d /* = */ && !isSpace(xml.charCodeAt(at))) {
        if (xml.charCodeAt(at) === 0x3a /* : */) local = at + 1;
        at++;
      }
      const nameEnd = at;
      while (at < end && isSpace(xml.charCodeAt(at))) at++;
      if (xml.charCodeAt(at) !== 0x3d) {
        at++;
        continue;
      }
      at++;
      while (at < end && isSpace(xml.charCodeAt(at))) at++;
      const quote = xml.charCodeAt(at);
      if (quote !== 0x22 && quote !== 0x27) {
        at++;
        continue;
      }
      const close = xml.indexOf(quote === 0x22 ? '"' : "'", at + 1);
      if (close < 0 || close > end) return -1;
      this.attrNameStart = nameStart;
      this.attrLocal = local;
      this.attrNameEnd = nameEnd;
      this.valueStart = at + 1;
      this.valueEnd = close;
      return close + 1;
    }
    return -1;
  }

  /** The text of the current CDATA section. */
  cdata(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** The character data between the previous token and this one, entities decoded. */
  textBefore(): string {
    return this.textEnd > this.textStart ? decoded(this.xml.slice(this.textStart, this.textEnd)) : "";
  }

  /**
   * After an open tag (not self-closing): all the text up to its matching close, CDATA included, the tags
   * of any children skipped. Leaves the cursor on that close.
   */
  textUntilClose(): string {
    let text = "";
    let depth = 0;
    while (this.next()) {
      if (this.textEnd > this.textStart) text += this.textBefore();
      if (this.token === Token.Cdata) text += this.cdata();
      else if (this.token === Token.Open && !this.selfClosing) depth++;
      else if (this.token === Token.Close && depth-- === 0) break;
    }
    return detached(text);
  }

  /** After an open tag (not self-closing): steps over everything up to its matching close. */
  skipElement(): void {
    let depth = 0;
    while (this.next()) {
      if (this.token === Token.Open && !this.selfClosing) depth++;
      else if (this.token === Token.Close && depth-- === 0) break;
    }
  }

  /** The end of a start tag: the first ">" outside quoted attribute values; -1 if there is none. */
  private tagEnd(from: number): number {
    const xml = this.xml;
    let quote = 0;
    for (let i = from; i < xml.length; i++) {
      const ch = xml.charCodeAt(i);
      if (quote !== 0) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) {
        quote = ch;
      } else if (ch === 0x3e) {
        return i;
      }
    }
    return -1;
  }

  private skipTo(from: number, marker: string): number {
    const at = this.xml.indexOf(marker, from);
    return at < 0 ? this.xml.length : at + marker.length;
  }
}

/** Every element of a part as (name, attributes), for the small parts read whole (rels, workbook, table). */
export function elements(xml: string): { name: string; attrs: Record<string, string> }[] {
  const out: { name: string; attrs: Record<string, string> }[] = [];
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.token === Token.Open) out.push({ name: cursor.localName(), attrs: cursor.attrs() });
  }
  return out;
}
