/**
 * A small, forgiving XML tokenizer for the parts of a workbook. Element and attribute names are reported
 * without their namespace prefix, so "x:c", "c" and "ns0:c" are all "c" (Transitional and Strict parts, and
 * writers that pick their own prefixes). It never expands entities other than XML's own, so a DOCTYPE
 * cannot make it grow.
 */
import { decodeXml } from "../workbook-xml";

export interface XmlHandler {
  /** An element starts; `attrs` is the raw attribute text, read with `attributes()`. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, entities decoded (CDATA sections as they are). */
  text(text: string): void;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** The end of a start tag: the first ">" outside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
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

function isNameEnd(ch: number): boolean {
  // whitespace, "/", ">"
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0x2f || ch === 0x3e;
}

function skipTo(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? xml.length : at + marker.length;
}

export function scanXml(xml: string, handler: XmlHandler): void {
  let at = 0;
  const length = xml.length;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      handler.text(raw.includes("&") ? decodeXml(raw) : raw);
    }
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) {
      if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt + 9);
        handler.text(xml.slice(lt + 9, end < 0 ? length : end));
        at = end < 0 ? length : end + 3;
      } else if (xml.startsWith("<!--", lt)) {
        at = skipTo(xml, lt + 4, "-->");
      } else {
        at = skipTo(xml, lt + 2, ">");
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      at = skipTo(xml, lt + 2, "?>");
      continue;
    }
    const end = tagEnd(xml, lt + 1);
    if (end < 0) return;
    if (next === 0x2f /* / */) {
      handler.close(localName(xml.slice(lt + 2, end).trim()));
      at = end + 1;
      continue;
    }
    let nameEnd = lt + 1;
    while (nameEnd < end && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const selfClosing = xml.charCodeAt(end - 1) === 0x2f;
    const name = localName(xml.slice(lt + 1, nameEnd));
    handler.open(name, xml.slice(nameEnd, selfClosing ? end - 1 : end), selfClosing);
    if (selfClosing) handler.close(name);
    at = end + 1;
  }
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d;
}

/** Attributes by local name ("r:id" → "id"), values decoded. A hand-written loop: this runs for every cell. */
export function attributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = {};
  const length = attrs.length;
  let at = 0;
  while (at < length) {
    while (at < length && isSpace(attrs.charCodeAt(at))) at++;
    const nameStart = at;
    while (at < length && attrs.charCodeAt(at) !== 0x3d /* = */ && !isSpace(attrs.charCodeAt(at))) at++;
    const name = attrs.slice(nameStart, at);
    while (at < length && isSpace(attrs.charCodeAt(at))) at++;
    if (attrs.charCodeAt(at) !== 0x3d) {
      at++;
      continue;
    }
    at++;
    while (at < length && isSpace(attrs.charCodeAt(at))) at++;
    const quote = attrs.charCodeAt(at);
    if (quote !== 0x22 && quote !== 0x27) {
      at++;
      continue;
    }
    const end = attrs.indexOf(quote === 0x22 ? '"' : "'", at + 1);
    if (end < 0) break;
    const value = attrs.slice(at + 1, end);
    if (name !== "") out[localName(name)] = value.includes("&") ? decodeXml(value) : value;
    at = end + 1;
  }
  return out;
}

/** Every element of a part as (name, attributes), for the small parts read whole (rels, workbook, table). */
export function elements(xml: string): { name: string; attrs: Record<string, string> }[] {
  const out: { name: string; attrs: Record<string, string> }[] = [];
  scanXml(xml, {
    open: (name, attrs) => out.push({ name, attrs: attributes(attrs) }),
    close: () => undefined,
    text: () => undefined,
  });
  return out;
}
