import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { parse } from "acorn";

const PAGES = ["src/taskpane/taskpane.html", "src/commands/commands.html"];
const CHECK = readFileSync(join(__dirname, "../../src/pages/old-webview-check.js"), "utf8");

/** The page's first script: where webpack inlines the check (webpack.config.js, templateParameters). */
function firstScript(page: string): string | undefined {
  const html = readFileSync(join(__dirname, "../..", page), "utf8");
  return /<script\b[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
}

interface FakeNode {
  tag: string;
  attributes: Record<string, string>;
  children: FakeNode[];
  text?: string;
  style: Record<string, string>;
  innerHTML: string;
  appendChild(child: FakeNode): FakeNode;
  setAttribute(name: string, value: string): void;
}

function node(tag: string, text?: string): FakeNode {
  const n: FakeNode = {
    tag,
    attributes: {},
    children: [],
    text,
    style: {},
    innerHTML: "",
    appendChild: (child) => (n.children.push(child), child),
    setAttribute: (name, value) => void (n.attributes[name] = value),
  };
  return n;
}

function textOf(n: FakeNode): string {
  return (n.text ?? "") + n.children.map(textOf).join(" ");
}

function find(n: FakeNode, tag: string): FakeNode | undefined {
  return n.tag === tag ? n : n.children.map((c) => find(c, tag)).find(Boolean);
}

const ADDRESS = "https://thidua.example.vn/taskpane.html?lang=vi";

/** Runs the check in a fresh context; `old` is script run first to take away what an old webview lacks. */
function runCheck(check: string, old: string): { body: FakeNode; flagged: unknown } {
  const body = node("body");
  const document = {
    body,
    createElement: (tag: string) => node(tag),
    createTextNode: (text: string) => node("#text", text),
    addEventListener: () => undefined,
  };
  const window: Record<string, unknown> = { location: { href: `${ADDRESS}#x` } };
  const context = vm.createContext({ document, window });
  vm.runInContext(old, context);
  vm.runInContext(check, context);
  return { body, flagged: window.thiduaOldWebview };
}

it.each(PAGES)("%s runs the check before any other script", (page) => {
  expect(firstScript(page)?.trim()).toBe("<%= oldWebviewCheck %>");
});

describe("the old-webview check", () => {
  const check = CHECK;

  it("parses as ECMAScript 5", () => {
    expect(() => parse(check, { ecmaVersion: 5 })).not.toThrow();
  });

  it("on a webview without ?. and ?? (EdgeHTML) shows the message in Vietnamese and English with the page's address", () => {
    const noNewSyntax = `Function = function (source) {
      if (String(source).indexOf("?.") >= 0) throw new SyntaxError("Expected identifier");
      return function () {};
    };`;
    const { body, flagged } = runCheck(check, noNewSyntax);
    expect(flagged).toBe(true);
    const text = textOf(body);
    expect(text).toContain("quá cũ");
    expect(text).toContain("WebView2");
    expect(text).toContain("too old");
    const link = find(body, "a");
    expect(link?.attributes.href).toBe(ADDRESS);
    expect(textOf(link as FakeNode)).toContain(ADDRESS);
  });

  it("on a webview without Promise, Map and Symbol (IE 11) shows the message too", () => {
    const { body, flagged } = runCheck(
      check,
      "delete globalThis.Promise; delete globalThis.Map; delete globalThis.Symbol;",
    );
    expect(flagged).toBe(true);
    expect(textOf(body)).toContain("Edge hay Chrome");
  });

  it("on a modern engine does nothing", () => {
    const { body, flagged } = runCheck(check, "");
    expect(flagged).toBeUndefined();
    expect(body.children).toHaveLength(0);
  });
});
