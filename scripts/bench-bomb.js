#!/usr/bin/env node
"use strict";
// `npm run bench:bomb`: how long the reader takes to refuse the zip bombs of issue 10 (target: under 2 s,
// under 300 MB), 2 GB declared honestly, declared small, not declared, and 6 GB not declared.
const { runBombBench } = require("../lib/dev/bench/bomb-bench.js");

try {
  const times = runBombBench();
  if (times.some((t) => t.refusedAs === "read (not refused)")) {
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
}
