"use strict";
// The three icon designs, drawn on a 32-unit grid and scaled to each size.
const {
  circle,
  roundRect,
  polyline,
  polygon,
  union,
  intersect,
  subtract,
  grow,
  render,
} = require("./raster");

const PALETTE = {
  red: "#C8102E",
  redDark: "#8E0C20",
  gold: "#F6B800",
  goldDark: "#B87A00",
  goldLight: "#FFDC5C",
  green: "#17823B",
  ink: "#4A5563",
  paper: "#FFFFFF",
  paperBehind: "#F1F4F8",
  paperBehindFar: "#E3E8EF",
  grid: "#C3CAD4",
  header: "#FBE3A6",
};

function scaler(size) {
  const k = size / 32;
  return {
    k,
    /** Free coordinate. */
    f: (v) => v * k,
    /** Edge coordinate snapped to the pixel grid, so straight edges stay sharp. */
    e: (v) => Math.round(v * k),
    /** Stroke width, at least one pixel. */
    w: (v) => Math.max(1, Math.round(v * k)),
    pts: (points) => points.map(([x, y]) => [x * k, y * k]),
  };
}

function heart(cx, cy, r) {
  // Two lobes and a point; r is the lobe radius.
  const lobes = union(circle(cx - r * 0.92, cy, r), circle(cx + r * 0.92, cy, r));
  const tip = polygon([
    [cx - r * 1.78, cy + r * 0.45],
    [cx + r * 1.78, cy + r * 0.45],
    [cx, cy + r * 2.35],
  ]);
  return union(lobes, tip);
}

/** Add-in / pane: a gold medal with a red heart, hung on a red ribbon. */
function medal(size) {
  const { f, pts } = scaler(size);
  const cx = f(16);
  const cy = f(20.5);
  const r = f(10.5);
  const ring = Math.max(1, f(1.6));
  // The ribbon's gold stripes would only be noise at 16 px.
  const stripe = (points) => (size > 16 ? [{ shape: polygon(pts(points)), color: PALETTE.gold }] : []);
  return [
    {
      shape: polygon(
        pts([
          [5, 0.5],
          [12.5, 0.5],
          [20, 13],
          [12.5, 13],
        ]),
      ),
      color: PALETTE.red,
    },
    ...stripe([
      [8, 0.5],
      [9.5, 0.5],
      [17, 13],
      [15.5, 13],
    ]),
    {
      shape: polygon(
        pts([
          [27, 0.5],
          [19.5, 0.5],
          [12, 13],
          [19.5, 13],
        ]),
      ),
      color: PALETTE.redDark,
    },
    ...stripe([
      [24, 0.5],
      [22.5, 0.5],
      [15, 13],
      [16.5, 13],
    ]),
    { shape: circle(cx, cy, r), color: PALETTE.goldDark },
    { shape: circle(cx, cy, r - ring), color: PALETTE.gold },
    {
      shape: subtract(circle(cx, cy, r - ring), circle(cx + f(1.2), cy + f(1.2), r - ring)),
      color: PALETTE.goldLight,
    },
    { shape: heart(cx, cy - f(1.6), f(3.1)), color: PALETTE.red },
  ];
}

/** A sheet of paper with a dark frame; edges on whole pixels. */
function page({ e, w }, x0, y0, x1, y1, fill) {
  const outer = roundRect(e(x0), e(y0), e(x1), e(y1), Math.max(1, e(1.5)));
  const inner = grow(outer, -w(1.5));
  return {
    inner,
    layers: [
      { shape: outer, color: PALETTE.ink },
      { shape: inner, color: fill },
    ],
  };
}

/** A spreadsheet page: frame, paper, header band and grid lines. */
function sheet(s, x0, y0, x1, y1) {
  const { k, e, w } = s;
  const { inner, layers } = page(s, x0, y0, x1, y1, PALETTE.paper);
  const stroke = w(1.5);
  const [X0, X1, Y0, Y1] = [e(x0), e(x1), e(y0), e(y1)];
  // Fewer rows and no column line at 16 px, where they would blur into grey.
  const rowCount = k <= 0.5 ? 3 : 5;
  const rowH = (Y1 - Y0 - 2 * stroke) / rowCount;
  const line = w(1);
  const rows = [];
  for (let i = 1; i < rowCount; i++) {
    const y = Math.round(Y0 + stroke + rowH * i);
    rows.push(roundRect(X0, y - line / 2, X1, y + line / 2, 0));
  }
  const colX = Math.round(X0 + (X1 - X0) * 0.38);
  const column = k <= 0.5 ? [] : [roundRect(colX - line / 2, Y0, colX + line / 2, Y1, 0)];
  const headerBottom = Math.round(Y0 + stroke + rowH) - line / 2;
  return [
    ...layers,
    { shape: subtract(inner, roundRect(X0, headerBottom, X1, Y1, 0)), color: PALETTE.header },
    { shape: intersect(inner, union(...rows, ...column)), color: PALETTE.grid },
  ];
}

/** Where the badge sits; at 16 px it is centred on a pixel so that it stays round. */
const badgeAt = (size) => (size <= 16 ? { x: 23, y: 23, r: 7.8 } : { x: 22.5, y: 22.5, r: 7.6 });

/** A round badge with a white ring that separates it from what lies beneath. */
function badge({ f }, { x, y, r }, color) {
  return [
    { shape: circle(f(x), f(y), f(r) + Math.max(1, f(1.5))), color: PALETTE.paper },
    { shape: circle(f(x), f(y), f(r)), color },
  ];
}

/** Kiểm tra: a sheet with a green check mark. */
function check(size) {
  const s = scaler(size);
  const small = size <= 16;
  return [
    ...sheet(s, 3, 2, 23, 29),
    ...badge(s, badgeAt(size), PALETTE.green),
    {
      shape: small
        ? polyline(
            [
              [9.4, 11.7],
              [10.9, 13.2],
              [13.6, 10],
            ],
            1.5,
          )
        : polyline(
            s.pts([
              [18.6, 22.8],
              [21.6, 25.8],
              [26.6, 19.6],
            ]),
            s.f(2.6),
          ),
      color: PALETTE.paper,
    },
  ];
}

/** Tổng hợp: the units' sheets, stacked, summed into one (Σ). */
function merge(size) {
  const s = scaler(size);
  const small = size <= 16;
  // At 16 px the sigma's bars sit on whole pixel rows so that they stay sharp.
  const sigma = small
    ? [
        [13.4, 9.5],
        [9.8, 9.5],
        [11.6, 11.5],
        [9.8, 13.5],
        [13.4, 13.5],
      ]
    : s.pts([
        [25.6, 18.6],
        [19.4, 18.6],
        [23, 22.5],
        [19.4, 26.4],
        [25.6, 26.4],
      ]);
  return [
    ...page(s, 10, 0, 28, 20, PALETTE.paperBehindFar).layers,
    ...page(s, 6, 4, 24, 24, PALETTE.paperBehind).layers,
    ...sheet(s, 2, 8, 20, 31),
    ...badge(s, badgeAt(size), PALETTE.red),
    { shape: polyline(sigma, small ? 0.95 : s.f(2.3)), color: PALETTE.paper },
  ];
}

const DESIGNS = { icon: medal, validate: check, consolidate: merge };

function drawIcon(name, size) {
  return render(size, DESIGNS[name](size), size <= 32 ? 16 : 8);
}

module.exports = { DESIGNS, drawIcon };
