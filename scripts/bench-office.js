#!/usr/bin/env node
"use strict";
// `npm run bench:office [UNITS...]`: round trips and request sizes of hosts/office against hosts/fake.
// tsconfig.cli.json leaves hosts/office out of lib/, so the TypeScript sources are loaded directly, each
// file transpiled on require (no type check here: `npm run typecheck` does that).
const fs = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};

const { runOfficeBench } = require("../src/dev/bench-office/run-bench.ts");

const units = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
runOfficeBench(units.length > 0 ? units : [50, 200]).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
