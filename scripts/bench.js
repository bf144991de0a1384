#!/usr/bin/env node
"use strict";
// `npm run bench [-- N... | --large]`: raw ExcelJS load vs read + validate and the whole pipeline (read,
// validate, consolidate, write) on the same files in one process. Default 50 and 200 files; --large adds
// 2,000 (the peak-memory target).
const { runBench } = require("../lib/dev/bench/bench.js");

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(50, 200);
if (args.includes("--large")) sizes.push(2000);
runBench(sizes).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
