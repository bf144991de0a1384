/**
 * Runs the reader on one file in a child Node process and reports its outcome, time and peak memory
 * (the test runner's own memory would hide the reader's). The reader's sources are transpiled on the fly.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const SRC = resolve(__dirname, "../../../../src");
let compiled: string | undefined;

/** Transpiles src/hosts/xlsx/read and what it imports (relative imports only) into a temporary folder. */
function compileReader(): string {
  if (compiled) return compiled;
  const out = mkdtempSync(join(tmpdir(), "thidua-reader-"));
  const pending = [join(SRC, "hosts/xlsx/read/index.ts"), join(SRC, "cli/node-zlib.ts")];
  const done = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (done.has(file)) continue;
    done.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/from "(\.{1,2}\/[^"]+)"/g))
      pending.push(resolve(dirname(file), `${m[1]}.ts`));
    const js = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
      },
    }).outputText;
    const target = join(out, relative(SRC, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  }
  return (compiled = out);
}

export interface ChildRead {
  outcome: string;
  ms: number;
  peakMb: number;
}

/** `native`: with Node's zlib installed, as the command line runs the reader. */
export function readInChild(file: string, native = false): ChildRead {
  const reader = join(compileReader(), "hosts/xlsx/read/index.js");
  const useNative = native
    ? `require(${JSON.stringify(join(compileReader(), "hosts/xlsx/native-zlib.js"))}).installNativeZlib(
        require(${JSON.stringify(join(compileReader(), "cli/node-zlib.js"))}).nodeZlib);`
    : "";
  const script = `
    ${useNative}
    const { readFileSync } = require("node:fs");
    const { readWorkbookBytes, WorkbookReadError } = require(${JSON.stringify(reader)});
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(file)}));
    const start = performance.now();
    let outcome;
    try { outcome = "read " + readWorkbookBytes(bytes, "bomb.xlsx").sheets.length; }
    catch (e) { outcome = e instanceof WorkbookReadError ? "refused " + e.code : "threw " + e; }
    const ms = performance.now() - start;
    process.stdout.write(JSON.stringify({ outcome, ms, peakMb: process.resourceUsage().maxRSS / 1024 }));
  `;
  const run = spawnSync(process.execPath, ["-e", script], {
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: resolve(SRC, "../node_modules") },
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`child failed (${run.status ?? run.signal}): ${run.stderr}`);
  return JSON.parse(run.stdout) as ChildRead;
}
