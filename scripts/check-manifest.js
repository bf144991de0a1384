#!/usr/bin/env node
"use strict";
// Checks manifest.xml against Microsoft's XSD (offline, xmllint-wasm) and then what the XSD cannot see:
// resource references, icon files and sizes, ribbon function names, one origin, unique ids, en-US text.
// Usage: node scripts/check-manifest.js [manifest.xml]
const fs = require("fs");
const path = require("path");
const { validateXML } = require("xmllint-wasm");
const { parseXml, walk } = require("./xml-lite");
const { readPngSize } = require("./png");

const ROOT = path.join(__dirname, "..");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";
const DEFAULTS = {
  rootDir: ROOT,
  schemaDir: path.join(ROOT, "schemas", "office-manifest-xsd"),
  commandsDir: path.join(ROOT, "src", "commands"),
  requiredLocales: ["en-US"],
};

/** Which kind of resource each referring element needs. */
const KIND_BY_ELEMENT = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};
const RESOURCE_KINDS = ["Images", "Urls", "ShortStrings", "LongStrings"];
const UI_ELEMENTS_WITH_IDS = new Set(["Group", "Control", "CustomTab", "Item", "OfficeMenu"]);
/** Pixel sizes the project requires of the add-in icons outside the ribbon. */
const ADDIN_ICON_SIZES = { IconUrl: 64, HighResolutionIconUrl: 128 };

async function checkXsd(xml, schemaDir) {
  const schemaFiles = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".xsd"));
  const read = (fileName) => ({
    fileName,
    contents: fs.readFileSync(path.join(schemaDir, fileName), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(ROOT_SCHEMA)],
    preload: schemaFiles.filter((f) => f !== ROOT_SCHEMA).map(read),
  });
  return result.errors.map((e) => ({
    check: "xsd",
    line: e.loc ? e.loc.lineNumber : undefined,
    message: e.message.trim(),
  }));
}

function registeredFunctionNames(commandsDir) {
  const names = new Set();
  const pattern = /Office\.actions\.associate\(\s*(["'`])([^"'`]+)\1/g;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.[cm]?[jt]sx?$/.test(entry.name)) {
        for (const match of fs.readFileSync(full, "utf8").matchAll(pattern)) names.add(match[2]);
      }
    }
  };
  if (fs.existsSync(commandsDir)) visit(commandsDir);
  return names;
}

const childNamed = (element, local) => element.children.find((c) => c.local === local);
const overrides = (element) => element.children.filter((c) => c.local === "Override");

/** The resources under <Resources>, keyed by id: { kind, element }. */
function collectResources(root, problems) {
  const resources = new Map();
  const resourcesElement = [...walk(root)].find((e) => e.local === "Resources");
  for (const group of resourcesElement ? resourcesElement.children : []) {
    if (!RESOURCE_KINDS.includes(group.local)) continue;
    for (const element of group.children) {
      const id = element.attrs.id;
      if (resources.has(id)) {
        problems.push({
          check: "duplicate-id",
          line: element.line,
          message: `resource id "${id}" is defined twice`,
        });
      }
      resources.set(id, { kind: group.local, element });
    }
  }
  return resources;
}

function checkReferences(root, resources, problems) {
  for (const element of walk(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const target = resources.get(resid);
    const needed = KIND_BY_ELEMENT[element.local];
    if (!target) {
      problems.push({
        check: "resid",
        line: element.line,
        message: `<${element.local} resid="${resid}"> names no resource`,
      });
    } else if (needed && target.kind !== needed) {
      problems.push({
        check: "resid",
        line: element.line,
        message: `<${element.local} resid="${resid}"> needs a bt:${needed} entry, but "${resid}" is in bt:${target.kind}`,
      });
    }
  }
}

function checkUniqueControlIds(root, problems) {
  const seen = new Map();
  for (const element of walk(root)) {
    if (!UI_ELEMENTS_WITH_IDS.has(element.local) || element.attrs.id === undefined) continue;
    const id = element.attrs.id;
    if (seen.has(id)) {
      problems.push({
        check: "duplicate-id",
        line: element.line,
        message: `id "${id}" is used again (first on line ${seen.get(id)})`,
      });
    } else seen.set(id, element.line);
  }
}

function checkLocales(root, resources, requiredLocales, problems) {
  const texts = [
    ...root.children.filter((c) => c.local === "DisplayName" || c.local === "Description"),
    ...[...resources.values()].filter((r) => r.kind.endsWith("Strings")).map((r) => r.element),
  ];
  for (const element of texts) {
    const present = new Set(overrides(element).map((o) => o.attrs.Locale));
    for (const locale of requiredLocales.filter((l) => !present.has(l))) {
      const what = element.attrs.id ? `string "${element.attrs.id}"` : `<${element.local}>`;
      problems.push({ check: "locale", line: element.line, message: `${what} has no ${locale} override` });
    }
  }
}

/** Every URL the add-in loads, with the element it came from. AppDomains are other origins by design. */
function collectUrls(root, resources) {
  const urls = [];
  const add = (element) => {
    if (element.attrs.DefaultValue !== undefined) urls.push({ url: element.attrs.DefaultValue, element });
    for (const o of overrides(element)) urls.push({ url: o.attrs.Value, element: o });
  };
  // The task pane page comes first: its origin is the one the others are compared with.
  const settings = childNamed(root, "DefaultSettings");
  const source = settings && childNamed(settings, "SourceLocation");
  if (source) add(source);
  for (const local of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const element = childNamed(root, local);
    if (element) add(element);
  }
  for (const { kind, element } of resources.values()) if (kind === "Images" || kind === "Urls") add(element);
  return urls;
}

function checkOrigins(urls, problems) {
  const valid = [];
  for (const entry of urls) {
    let parsed = null;
    try {
      parsed = new URL(entry.url);
    } catch {
      problems.push({
        check: "origin",
        line: entry.element.line,
        message: `"${entry.url}" is not an absolute URL`,
      });
      continue;
    }
    if (parsed.protocol !== "https:") {
      problems.push({ check: "origin", line: entry.element.line, message: `"${entry.url}" is not https` });
    }
    valid.push({ ...entry, origin: parsed.origin });
  }
  const origins = [...new Set(valid.map((v) => v.origin))];
  if (origins.length <= 1) return;
  const reference = valid[0].origin;
  for (const v of valid.filter((x) => x.origin !== reference)) {
    problems.push({
      check: "origin",
      line: v.element.line,
      message: `"${v.url}" is on ${v.origin}, but the add-in is served from ${reference}`,
    });
  }
}

/** The add-in's base URL: the folder of the task pane page. */
function baseUrlOf(root) {
  const settings = childNamed(root, "DefaultSettings");
  const source = settings && childNamed(settings, "SourceLocation");
  try {
    return new URL(".", source.attrs.DefaultValue).href;
  } catch {
    return null;
  }
}

function checkIconFile(url, expectedSize, line, { rootDir, base }, problems) {
  if (!base || !url.startsWith(base)) {
    problems.push({
      check: "icon",
      line,
      message: `icon "${url}" is not under the add-in's base URL ${base}`,
    });
    return;
  }
  const relative = decodeURIComponent(url.slice(base.length));
  const file = path.join(rootDir, relative);
  if (!fs.existsSync(file)) {
    problems.push({ check: "icon", line, message: `icon file ${relative} does not exist (from "${url}")` });
    return;
  }
  const size = readPngSize(fs.readFileSync(file));
  if (!size) {
    problems.push({ check: "icon", line, message: `icon file ${relative} is not a PNG` });
  } else if (expectedSize && (size.width !== expectedSize || size.height !== expectedSize)) {
    problems.push({
      check: "icon",
      line,
      message: `icon file ${relative} is ${size.width}×${size.height} px, but is used at ${expectedSize}×${expectedSize}`,
    });
  }
}

function checkIcons(root, resources, options, problems) {
  const context = { rootDir: options.rootDir, base: baseUrlOf(root) };
  for (const [local, size] of Object.entries(ADDIN_ICON_SIZES)) {
    const element = childNamed(root, local);
    if (element) checkIconFile(element.attrs.DefaultValue, size, element.line, context, problems);
  }
  // Each image resource is checked once per size it is shown at (and once, unsized, if unused).
  const sizesById = new Map();
  for (const element of walk(root)) {
    if (element.local !== "Image" || element.attrs.resid === undefined) continue;
    const sizes = sizesById.get(element.attrs.resid) ?? new Set();
    sizes.add(Number(element.attrs.size));
    sizesById.set(element.attrs.resid, sizes);
  }
  for (const [id, { kind, element }] of resources) {
    if (kind !== "Images") continue;
    const sizes = sizesById.get(id) ?? new Set([undefined]);
    const urls = [element.attrs.DefaultValue, ...overrides(element).map((o) => o.attrs.Value)];
    for (const size of sizes)
      for (const url of urls) checkIconFile(url, size, element.line, context, problems);
  }
}

function checkFunctionNames(root, commandsDir, problems) {
  const registered = registeredFunctionNames(commandsDir);
  for (const element of walk(root)) {
    if (element.local !== "Action" || element.attrs["xsi:type"] !== "ExecuteFunction") continue;
    const fn = childNamed(element, "FunctionName");
    const name = fn ? fn.text.trim() : "";
    if (fn && !registered.has(name)) {
      problems.push({
        check: "function",
        line: fn.line,
        message: `FunctionName "${name}" is not registered with Office.actions.associate("${name}", …) in ${path.relative(ROOT, commandsDir)}`,
      });
    }
  }
}

/**
 * Returns the problems found in the manifest text: [{ check, message, line? }], empty when it is sound.
 * check is one of: xsd, xml, resid, duplicate-id, locale, origin, icon, function.
 */
async function checkManifest(xml, options = {}) {
  const opts = { ...DEFAULTS, ...options };
  const problems = await checkXsd(xml, opts.schemaDir);
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [...problems, { check: "xml", message: error.message }];
  }
  const resources = collectResources(root, problems);
  checkReferences(root, resources, problems);
  checkUniqueControlIds(root, problems);
  checkLocales(root, resources, opts.requiredLocales, problems);
  checkOrigins(collectUrls(root, resources), problems);
  checkIcons(root, resources, opts, problems);
  checkFunctionNames(root, opts.commandsDir, problems);
  return problems;
}

function formatProblem(file, p) {
  return `${file}${p.line ? `:${p.line}` : ""}: [${p.check}] ${p.message}`;
}

async function main(argv) {
  const file = argv[0] ?? path.join(ROOT, "manifest.xml");
  const problems = await checkManifest(fs.readFileSync(file, "utf8"));
  const shown = path.relative(process.cwd(), file) || file;
  for (const p of problems) console.error(formatProblem(shown, p));
  if (problems.length > 0) {
    console.error(`${shown}: ${problems.length} problem(s)`);
    process.exitCode = 1;
  } else {
    console.log(
      `${shown}: valid against the XSD, and every resource, icon, function name, URL and override checks out`,
    );
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error);
    process.exitCode = 2;
  });
}

module.exports = { checkManifest, formatProblem };
