#!/usr/bin/env node
"use strict";
// `npm run docs:codes`: rewrites the README's table of finding codes from the findings catalogue.
const { readFileSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { withFindingCodesTable } = require("../lib/dev/docs/finding-codes-table.js");

const path = join(__dirname, "..", "README.md");
const before = readFileSync(path, "utf8");
const after = withFindingCodesTable(before);
if (after !== before) writeFileSync(path, after);
process.stdout.write(
  after === before
    ? "README.md: the table of codes is up to date.\n"
    : "README.md: table of codes rewritten.\n",
);
