#!/usr/bin/env node
"use strict";
// `npm run size`: the task pane's initial download (scripts named in dist/taskpane.html) and every lazily
// loaded chunk, raw and gzipped, from the production build in dist/.
const { readFileSync, readdirSync, existsSync } = require("node:fs");
const { join } = require("node:path");
const { gzipSync } = require("node:zlib");

const dist = join(__dirname, "..", "dist");
if (!existsSync(join(dist, "taskpane.html"))) {
  process.stderr.write("dist/taskpane.html not found: run `npm run build` first.\n");
  process.exit(2);
}
const kb = (n) => (n / 1024).toFixed(1);
const sizes = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
};
const html = readFileSync(join(dist, "taskpane.html"), "utf8");
const initial = [...html.matchAll(/<script[^>]+src="?([^" >]+\.js)"?/g)]
  .map((m) => m[1])
  .filter((s) => !/^https?:/.test(s));
const lazy = readdirSync(dist).filter((f) => f.endsWith(".js") && !initial.includes(f));
const total = initial
  .map(sizes)
  .reduce((a, s) => ({ raw: a.raw + s.raw, gz: a.gz + s.gz }), { raw: 0, gz: 0 });
const rows = [["initial task pane (" + initial.join(", ") + ")", total]];
for (const f of lazy) rows.push([f, sizes(f)]);
process.stdout.write("| bundle | raw KB | gzipped KB |\n|---|---:|---:|\n");
for (const [name, s] of rows) process.stdout.write(`| ${name} | ${kb(s.raw)} | ${kb(s.gz)} |\n`);
const limit = 200 * 1024;
process.stdout.write(
  `\nInitial task pane: ${kb(total.gz)} KB gzipped (limit 200 KB): ${total.gz <= limit ? "met" : "NOT met"}\n`,
);
process.exitCode = total.gz <= limit ? 0 : 1;
