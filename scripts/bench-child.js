#!/usr/bin/env node
"use strict";
// One measurement of `npm run bench`, in a process of its own: `raw DIR` or `pipeline DIR UNITS`.
// Prints the times and this process's peak memory as JSON.
const { measurePipeline, measureRawLoad } = require("../lib/dev/bench/bench-phases.js");

const [phase, dir, units] = process.argv.slice(2);
const run = phase === "raw" ? measureRawLoad(dir) : measurePipeline(dir, Number(units));
run.then(
  (times) => process.stdout.write(JSON.stringify(times)),
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
