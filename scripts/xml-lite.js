"use strict";
// A small XML reader for the manifest checks: elements, attributes, text, line numbers.
// No DTDs or external entities (the manifest has none; the XSD check runs on the full text).

const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    if (!(name in ENTITIES)) throw new Error(`unknown entity ${whole}`);
    return ENTITIES[name];
  });
}

const localName = (qualified) => qualified.slice(qualified.indexOf(":") + 1);
const NAME = "[A-Za-z_][\\w.:-]*";
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g");
const START_TAG = new RegExp(`^<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
const END_TAG = new RegExp(`^</(${NAME})\\s*>`);

function parseAttributes(source) {
  const attrs = {};
  for (const [, name, double, single] of source.matchAll(ATTRIBUTE)) attrs[name] = decode(double ?? single);
  return attrs;
}

/**
 * Parses XML text into { name, local, attrs, children, text, line } elements and returns the root.
 * Throws an Error naming the line on malformed input.
 */
function parseXml(xml) {
  const lineAt = (index) => xml.slice(0, index).split("\n").length;
  const document = { name: "#document", local: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack = [document];
  let i = 0;
  while (i < xml.length) {
    const top = stack[stack.length - 1];
    const rest = xml.slice(i, i + 2);
    if (rest === "<?" || xml.startsWith("<!--", i) || xml.startsWith("<![CDATA[", i)) {
      const close = rest === "<?" ? "?>" : xml.startsWith("<!--", i) ? "-->" : "]]>";
      const end = xml.indexOf(close, i);
      if (end < 0) throw new Error(`line ${lineAt(i)}: unterminated ${xml.slice(i, i + 4)}`);
      if (close === "]]>") top.text += xml.slice(i + 9, end);
      i = end + close.length;
    } else if (rest === "<!") {
      throw new Error(`line ${lineAt(i)}: DOCTYPE and other declarations are not supported`);
    } else if (rest === "</") {
      const match = END_TAG.exec(xml.slice(i, i + 300));
      if (!match || match[1] !== top.name) {
        throw new Error(`line ${lineAt(i)}: expected </${top.name}>, found ${xml.slice(i, i + 40)}`);
      }
      stack.pop();
      i += match[0].length;
    } else if (xml[i] === "<") {
      const match = START_TAG.exec(xml.slice(i, xml.indexOf(">", i) + 1));
      if (!match) throw new Error(`line ${lineAt(i)}: malformed tag ${xml.slice(i, i + 40)}`);
      const element = {
        name: match[1],
        local: localName(match[1]),
        attrs: parseAttributes(match[2]),
        children: [],
        text: "",
        line: lineAt(i),
      };
      top.children.push(element);
      if (!match[3]) stack.push(element);
      i += match[0].length;
    } else {
      const next = xml.indexOf("<", i);
      const end = next < 0 ? xml.length : next;
      top.text += decode(xml.slice(i, end));
      i = end;
    }
  }
  if (stack.length > 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  const roots = document.children;
  if (roots.length !== 1) throw new Error(`expected one root element, found ${roots.length}`);
  return roots[0];
}

/** Every element below (and including) root, in document order. */
function* walk(root) {
  yield root;
  for (const child of root.children) yield* walk(child);
}

module.exports = { parseXml, walk };
