#!/usr/bin/env node
"use strict";
// `npm run bench [N...]`: raw ExcelJS load vs the whole pipeline (read, validate, consolidate, write).
const { runBench } = require("../lib/dev/bench/bench.js");

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
runBench(sizes.length > 0 ? sizes : [50, 100, 200]).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
