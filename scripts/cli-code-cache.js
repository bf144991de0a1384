#!/usr/bin/env node
"use strict";
// The last step of `npm run build:cli`: runs the bundled command line on sample workbooks (a unit's
// report, some with the usual mistakes) and writes the V8 code cache of what that compiled beside the
// bundle, for bin/thidua.js to start from (see bin/cached-bundle.js). A failure here leaves no cache, which
// costs only speed: the build goes on.
const { mkdtempSync, rmSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { CACHE, loadBundle, writeCache } = require("../bin/cached-bundle.js");

const QUIET = { out() {}, err() {}, isTTY: false };

async function makeCache() {
  const { DEFAULT_CAMPAIGN } = require("../lib/core/campaign/default-campaign.js");
  const { sampleBatch } = require("../lib/dev/sample/batch.js");
  const { writeBatch } = require("../lib/dev/sample/write-batch.js");
  const dir = mkdtempSync(join(tmpdir(), "thidua-code-cache-"));
  try {
    const batch = sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 11, faulty: ["VP", "KHTC"] });
    await writeBatch(dir, batch);
    const { exports, script } = loadBundle();
    for (const args of [
      ["validate", dir],
      ["validate", join(dir, batch[0].name), "--json"],
    ]) {
      if ((await exports.main(args, QUIET)) > 1) throw new Error(`thidua ${args.join(" ")} failed`);
    }
    writeCache(script);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

makeCache().catch((error) => {
  rmSync(CACHE, { force: true });
  process.stderr.write(`thidua: no code cache made, the command line starts slower (${error})\n`);
});
