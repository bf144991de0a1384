#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ and bundled into one file by `npm run prepare` (run by `npm ci`).
const { main } = require("../lib/cli/thidua.bundle.js");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`thidua: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
