#!/usr/bin/env node
"use strict";
// Draws the add-in and ribbon icons into assets/ (commit the PNGs).
// Usage: node scripts/make-icons.js [--preview file.png]
//   --preview also writes a contact sheet of every icon, scaled up, on light and dark grounds.
const fs = require("fs");
const path = require("path");
const { encodePng } = require("./png");
const { DESIGNS, drawIcon } = require("./icons/designs");
const { writePreview } = require("./icons/preview");

const SIZES = [16, 32, 64, 80, 128];
const ASSETS = path.join(__dirname, "..", "assets");

function main(argv) {
  fs.mkdirSync(ASSETS, { recursive: true });
  const drawn = [];
  for (const name of Object.keys(DESIGNS)) {
    for (const size of SIZES) {
      const rgba = drawIcon(name, size);
      fs.writeFileSync(path.join(ASSETS, `${name}-${size}.png`), encodePng(size, size, rgba));
      drawn.push({ name, size, rgba });
    }
  }
  const previewAt = argv.indexOf("--preview");
  if (previewAt >= 0) writePreview(argv[previewAt + 1], drawn);
  console.log(`Wrote ${drawn.length} icons to ${path.relative(process.cwd(), ASSETS) || "."}`);
}

main(process.argv.slice(2));
