"use strict";
// Runs lib/cli/thidua.bundle.js as require() would, but compiled from the V8 code cache that
// `npm run build:cli` leaves beside it, when that cache was made from this very bundle: V8 then neither
// parses the bundle's 900 kB nor compiles the functions validating runs (about 35 ms of `thidua validate
// FILE`). Node 22 has module.enableCompileCache() for this; Node 20 has not. Without a cache, or with one
// V8 refuses, the bundle is compiled as usual.
const { readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = join(__dirname, "..", "lib", "cli", "thidua.bundle.js");
const CACHE = join(__dirname, "..", "lib", "cli", "thidua.bundle.cache");

/** A CommonJS module's source as Node wraps it, on its first line so that line numbers stay the file's. */
function wrapped(source) {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

/** The bundle a cache was made from, written at the cache's start: V8 checks only the source's length. */
function stampOf(bundle) {
  const { size, mtimeMs } = statSync(bundle);
  return Buffer.from(`thidua-bundle ${size} ${mtimeMs}\n`, "latin1");
}

/** The cache's code when it was made from the bundle as it is now. */
function cachedCode(bundle, cache) {
  let bytes;
  try {
    bytes = readFileSync(cache);
  } catch {
    return undefined;
  }
  const stamp = stampOf(bundle);
  return bytes.subarray(0, stamp.length).equals(stamp) ? bytes.subarray(stamp.length) : undefined;
}

/**
 * The bundle's exports, and how its code was had: "cache" (from the cache), "refused" (a cache of this
 * bundle that V8 would not take: another Node, other V8 flags) or "compiled" (no cache of this bundle).
 */
function loadBundle(bundle = BUNDLE, cache = CACHE) {
  // The cache holds the V8 flags it was made with, and V8 refuses it under others: the flags the command
  // line sets are set before compiling, as the build that makes the cache (which loads the bundle here) did.
  require("../lib/cli/node-v8-flags.js").setV8Flags();
  const cachedData = cachedCode(bundle, cache);
  const script = new Script(wrapped(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
  const loaded = { exports: {} };
  script
    .runInThisContext()
    .call(loaded.exports, loaded.exports, createRequire(bundle), loaded, bundle, dirname(bundle));
  const code = cachedData === undefined ? "compiled" : script.cachedDataRejected ? "refused" : "cache";
  return { exports: loaded.exports, code, script };
}

/**
 * Writes the cache of a script loadBundle() compiled, with the functions it has run so far; whole or not at
 * all, for a command starting meanwhile.
 */
function writeCache(script, bundle = BUNDLE, cache = CACHE) {
  const partial = `${cache}.${process.pid}`;
  writeFileSync(partial, Buffer.concat([stampOf(bundle), script.createCachedData()]));
  renameSync(partial, cache);
}

module.exports = { loadBundle, writeCache, BUNDLE, CACHE };
