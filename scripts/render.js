#!/usr/bin/env node
"use strict";
// `npm run render [FILE.xlsx] [--out DIR]`: a workbook → PDF → one PNG per page, with LibreOffice and
// poppler, to look at a report as it prints. Default: the demo's annual report, into out/render/.
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { makeProfile } = require("./render/profile");

const DEFAULT_FILE = path.join("out", "bao-cao-nam-2024.xlsx");
const DEFAULT_OUT = path.join("out", "render");
const INSTALL =
  "Cài LibreOffice và poppler (Debian/Ubuntu) — install them with:\n" +
  "  sudo apt-get install libreoffice-calc poppler-utils fonts-liberation2 fonts-crosextra-carlito\n" +
  "(fonts-liberation2 has the widths of Times New Roman, fonts-crosextra-carlito those of Calibri, which sets\n" +
  "Excel's column widths; without them the pages are laid out with other fonts.)";

function parse(argv) {
  const args = { file: DEFAULT_FILE, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") args.out = argv[++i];
    else if (argv[i].startsWith("--out=")) args.out = argv[i].slice(6);
    else args.file = argv[i];
  }
  return args;
}

function has(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 180_000 });
  if (result.status !== 0) {
    throw new Error(
      `${command} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`,
    );
  }
}

function main(argv) {
  const { file, out } = parse(argv);
  if (!fs.existsSync(file)) {
    process.stderr.write(
      `Không tìm thấy ${file} (file not found). Chạy npm run demo trước (run npm run demo first).\n`,
    );
    return 2;
  }
  const missing = ["soffice", "pdftoppm"].filter((c) => !has(c));
  if (missing.length > 0) {
    process.stderr.write(`Thiếu ${missing.join(", ")} (not installed).\n${INSTALL}\n`);
    return 2;
  }
  fs.mkdirSync(out, { recursive: true });
  const profile = makeProfile();
  try {
    run("soffice", [profile.option, "--headless", "--convert-to", "pdf", "--outdir", out, file]);
  } finally {
    fs.rmSync(profile.dir, { recursive: true, force: true });
  }
  const base = path.basename(file, path.extname(file));
  const pdf = path.join(out, `${base}.pdf`);
  for (const old of fs.readdirSync(out).filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))) {
    fs.rmSync(path.join(out, old));
  }
  run("pdftoppm", ["-png", "-r", "110", pdf, path.join(out, base)]);
  const pages = fs
    .readdirSync(out)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  process.stdout.write(`PDF: ${pdf}\n${pages.map((p) => `PNG: ${path.join(out, p)}`).join("\n")}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error && error.message ? error.message : error}\n`);
  process.exitCode = 1;
}
