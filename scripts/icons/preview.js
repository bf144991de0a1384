"use strict";
// A contact sheet for looking at the icons: each one scaled up (nearest neighbour), on light and dark.
const fs = require("fs");
const { encodePng } = require("../png");

const GROUNDS = [
  [255, 255, 255],
  [243, 242, 241],
  [41, 41, 41],
];

function writePreview(file, drawn) {
  const cell = 136;
  const names = [...new Set(drawn.map((d) => d.name))];
  const sizes = [...new Set(drawn.map((d) => d.size))];
  const width = cell * sizes.length;
  const height = cell * names.length * GROUNDS.length;
  const out = new Uint8Array(width * height * 4);
  GROUNDS.forEach((ground, g) => {
    drawn.forEach(({ name, size, rgba }) => {
      const zoom = Math.max(1, Math.floor(128 / size));
      const ox = sizes.indexOf(size) * cell;
      const oy = (g * names.length + names.indexOf(name)) * cell;
      for (let y = 0; y < cell; y++) {
        for (let x = 0; x < cell; x++) {
          const sx = Math.floor((x - 4) / zoom);
          const sy = Math.floor((y - 4) / zoom);
          const inside = x >= 4 && y >= 4 && sx < size && sy < size;
          const a = inside ? rgba[(sy * size + sx) * 4 + 3] / 255 : 0;
          const o = ((oy + y) * width + ox + x) * 4;
          for (let c = 0; c < 3; c++) {
            const v = inside ? rgba[(sy * size + sx) * 4 + c] : 0;
            out[o + c] = Math.round(v * a + ground[c] * (1 - a));
          }
          out[o + 3] = 255;
        }
      }
    });
  });
  fs.writeFileSync(file, encodePng(width, height, out));
}

module.exports = { writePreview };
