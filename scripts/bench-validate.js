#!/usr/bin/env node
"use strict";
// `npm run bench:validate`: wall time of `node bin/thidua.js validate FILE` for one unit workbook.
const { join } = require("node:path");
const { runValidateWallBench } = require("../lib/dev/bench/validate-wall.js");

runValidateWallBench(join(__dirname, "..", "bin", "thidua.js")).catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
