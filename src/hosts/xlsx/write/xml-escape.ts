const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Text for XML element content or a double-quoted attribute. */
export function xml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]) : text;
}

/** As xml(), and also tabs and line breaks, which an attribute value would turn into spaces. */
export function xmlAttribute(text: string): string {
  return xml(text).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** `name="value"` pairs for the defined values, in order. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
    out += ` ${name}="${xmlAttribute(text)}"`;
  }
  return out;
}
