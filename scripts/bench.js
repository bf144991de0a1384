#!/usr/bin/env node
"use strict";
// `npm run bench [-- N... | --large | --runs R]`: raw ExcelJS load vs read + validate and the whole pipeline
// (read, validate, consolidate, write) on the same files, each measured in a process of its own, best of R
// runs (default 3). Default 50 and 200 files; --large adds 2,000 (the peak-memory target).
const { join } = require("node:path");
const { runBench } = require("../lib/dev/bench/bench.js");

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const sizes = args
  .filter((a, i) => i !== runsAt + 1 || runsAt < 0)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(50, 200);
if (args.includes("--large")) sizes.push(2000);
runBench(join(__dirname, "bench-child.js"), sizes, runs > 0 ? runs : 3).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
