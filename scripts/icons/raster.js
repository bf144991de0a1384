"use strict";
// Shapes as signed distance functions (negative inside), painted by supersampling.

const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;

function roundRect(x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function segmentDistance(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** A polyline of the given thickness with round joins and caps. */
function polyline(points, thickness) {
  return (x, y) => {
    let d = Infinity;
    for (let i = 1; i < points.length; i++) d = Math.min(d, segmentDistance(x, y, points[i - 1], points[i]));
    return d - thickness / 2;
  };
}

/** A filled polygon (even-odd rule). */
function polygon(points) {
  return (x, y) => {
    let d = Infinity;
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      d = Math.min(d, segmentDistance(x, y, points[j], points[i]));
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside ? -d : d;
  };
}

const union =
  (...shapes) =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));
const intersect =
  (...shapes) =>
  (x, y) =>
    Math.max(...shapes.map((s) => s(x, y)));
const subtract = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y));
/** The band of width w centred on the outline of a shape. */
const outline = (shape, w) => (x, y) => Math.abs(shape(x, y)) - w / 2;
/** The shape grown (positive d) or shrunk (negative d). */
const grow = (shape, d) => (x, y) => shape(x, y) - d;

function parseColor(hex, alpha = 1) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/**
 * Paints layers ({ shape, color: "#rrggbb", alpha? }) bottom to top into straight-alpha RGBA.
 * Coordinates are in pixels with (0,0) at the top-left corner of the image.
 */
function render(size, layers, samples = 8) {
  const out = new Uint8Array(size * size * 4);
  const offsets = [];
  for (let i = 0; i < samples; i++) offsets.push((i + 0.5) / samples);
  const painted = layers.map((l) => ({ shape: l.shape, rgba: parseColor(l.color, l.alpha ?? 1) }));
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const { shape, rgba } of painted) {
        let hits = 0;
        for (const oy of offsets) for (const ox of offsets) if (shape(px + ox, py + oy) <= 0) hits++;
        if (hits === 0) continue;
        const cover = (hits / (samples * samples)) * rgba[3];
        r = rgba[0] * cover + r * (1 - cover);
        g = rgba[1] * cover + g * (1 - cover);
        b = rgba[2] * cover + b * (1 - cover);
        a = cover + a * (1 - cover);
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round(a * 255);
    }
  }
  return out;
}

module.exports = { circle, roundRect, polyline, polygon, union, intersect, subtract, outline, grow, render };
