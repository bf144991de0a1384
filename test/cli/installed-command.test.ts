/**
 * `thidua` as installed: bin/thidua.js runs the command line bundled into lib/cli/thidua.bundle.js (one
 * file for Node to read at start), compiled from the code cache the build left beside it, and the bundle
 * still loads ExcelJS, docx and fflate only when a command uses them. Built here first, so that the test
 * runs the current sources.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../src/hosts/xlsx/write-workbook";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "thidua.js");
const LOADER = join(ROOT, "bin", "cached-bundle.js");
const BUNDLE = join(ROOT, "lib", "cli", "thidua.bundle.js");
const CACHE = join(ROOT, "lib", "cli", "thidua.bundle.cache");
/** What bin/ runs besides Node's own modules: itself, the loader, and the flag set before compiling. */
const BIN_FILES = ["bin/cached-bundle.js", "bin/thidua.js", "lib/cli/node-v8-flags.js"];

// Prints, when the command ends, every module it loaded other than Node's own, relative to the project.
const PROBE = `
const Module = require("node:module");
const loaded = new Set();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exported = load.apply(this, arguments);
  if (!Module.isBuiltin(request)) loaded.add(Module._resolveFilename(request, parent, isMain));
  return exported;
};
process.on("exit", () => process.stderr.write("\\nLOADED " + JSON.stringify([...loaded])));
process.argv.splice(1, 1);
require(process.argv[1]);
`;

function runProbed(...args: string[]): { status: number | null; stdout: string; loaded: string[] } {
  const run = spawnSync(process.execPath, ["-e", PROBE, "probe", BIN, ...args], { encoding: "utf8" });
  const marker = run.stderr.lastIndexOf("\nLOADED ");
  const loaded = (JSON.parse(run.stderr.slice(marker + "\nLOADED ".length)) as string[]).map((f) =>
    f.slice(ROOT.length + 1),
  );
  return { status: run.status, stdout: run.stdout, loaded: loaded.sort() };
}

let dir: string;

beforeAll(async () => {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "pipe" });
  dir = mkdtempSync(join(tmpdir(), "thidua-installed-"));
  writeFileSync(join(dir, "VP-2024.xlsx"), await writeWorkbook(unitPlan(baselineUnit())));
}, 180_000);

it("prints the package's version", () => {
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
    .version;
  expect(execFileSync(process.execPath, [BIN, "--version"], { encoding: "utf8" }).trim()).toBe(version);
});

it("validates a file from the one bundled file, loading no package", () => {
  const run = runProbed("validate", join(dir, "VP-2024.xlsx"));
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("1 hợp lệ");
  expect(run.loaded).toEqual(BIN_FILES);
});

it("writes a summary: the packages it uses come from node_modules, the rest from the bundle", () => {
  const out = join(dir, "tong-hop.xlsx");
  const run = runProbed("consolidate", join(dir, "VP-2024.xlsx"), "-o", out);
  expect(run.status).toBe(0);
  expect(existsSync(out)).toBe(true);
  expect(run.loaded.filter((f) => !f.startsWith("node_modules/"))).toEqual(BIN_FILES);
  expect(run.loaded.some((f) => f.startsWith("node_modules/fflate/"))).toBe(true);
});

it("finishes its work quietly when the reader of its output has gone (`thidua … | head`)", async () => {
  const out = join(dir, "tong-hop-pipe.xlsx");
  const child = spawn(process.execPath, [BIN, "consolidate", join(dir, "VP-2024.xlsx"), "-o", out], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Closed before the command prints anything: its first line already meets a closed pipe.
  child.stdout.destroy();
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).toBe("");
  expect(code).toBe(0);
  expect(existsSync(out)).toBe(true);
});

/** In a fresh Node: loads `bundle` with the cache `cache`, validates `file`; how the code was had, the exit code. */
function loadAndValidate(
  bundle: string,
  cache: string,
  file: string,
  nodeFlags: string[] = [],
): { code: string; exit: number } {
  const script = `
    const { loadBundle } = require(${JSON.stringify(LOADER)});
    const { exports, code } = loadBundle(${JSON.stringify(bundle)}, ${JSON.stringify(cache)});
    const quiet = { out() {}, err() {}, isTTY: false };
    exports.main(["validate", ${JSON.stringify(file)}], quiet).then((exit) => {
      process.stdout.write(JSON.stringify({ code, exit }));
    });`;
  return JSON.parse(execFileSync(process.execPath, [...nodeFlags, "-e", script], { encoding: "utf8" })) as {
    code: string;
    exit: number;
  };
}

describe("the code cache", () => {
  it("is what the installed command compiles the bundle from", () => {
    expect(loadAndValidate(BUNDLE, CACHE, join(dir, "VP-2024.xlsx"))).toEqual({ code: "cache", exit: 0 });
  });

  it("is not used for a bundle other than the one it was made from, even of the same length", () => {
    const copy = mkdtempSync(join(tmpdir(), "thidua-bundle-"));
    const source = readFileSync(BUNDLE, "utf8");
    const marker = source.indexOf("use strict");
    writeFileSync(join(copy, "b.js"), source.slice(0, marker) + "use_strict" + source.slice(marker + 10));
    copyFileSync(CACHE, join(copy, "b.cache"));
    expect(loadAndValidate(join(copy, "b.js"), join(copy, "b.cache"), join(dir, "VP-2024.xlsx"))).toEqual({
      code: "compiled",
      exit: 0,
    });
  });

  it("missing (the build could not make it) leaves the bundle compiled as usual", () => {
    const none = join(mkdtempSync(join(tmpdir(), "thidua-bundle-")), "none.cache");
    expect(loadAndValidate(BUNDLE, none, join(dir, "VP-2024.xlsx"))).toEqual({ code: "compiled", exit: 0 });
  });

  it("that V8 refuses (under other V8 flags) leaves the bundle compiled as usual", () => {
    expect(loadAndValidate(BUNDLE, CACHE, join(dir, "VP-2024.xlsx"), ["--max-lazy"])).toEqual({
      code: "refused",
      exit: 0,
    });
  });
});
