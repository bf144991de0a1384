#!/usr/bin/env node
"use strict";
// The CLI is compiled to lib/ and bundled into one file, with its code cache, by `npm run prepare` (run by
// `npm ci`).
const { main } = require("./cached-bundle.js").loadBundle().exports;

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`thidua: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 2;
  },
);
