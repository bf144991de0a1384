#!/usr/bin/env node
"use strict";
// `npm run demo`: runs the compiled demo (lib/ is built by `npm ci` through the prepare script).
const { runDemo } = require("../lib/dev/sample/demo.js");

runDemo(process.argv[2] || "out").then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
