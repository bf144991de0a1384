/**
 * The command line reads, digests and checks each file on its own thread: a request to libuv's pool waits
 * for a core there, and while a batch is read V8's compiler threads hold both cores of a small machine.
 */
import { createHook } from "node:async_hooks";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { digestOf } from "../../src/jobs/digest";
import { nodeDigest } from "../../src/cli/node-digest";
import { checkInputFile } from "../../src/cli/read-file-check";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";

/** Async resources that stand for work handed to libuv's pool: file system and crypto requests. */
const POOL_WORK = /^(FSREQ|FILEHANDLE)|REQUEST$/;

let file: string;
let bytes: Uint8Array;

beforeAll(async () => {
  bytes = await writeWorkbook(unitPlan(baselineUnit()));
  file = join(mkdtempSync(join(tmpdir(), "thidua-thread-")), "VP-2024.xlsx");
  writeFileSync(file, bytes);
});

it("reads and checks a file without handing any work to libuv's pool", async () => {
  const handedOff: string[] = [];
  const hook = createHook({
    init: (_id, type) => {
      if (POOL_WORK.test(type)) handedOff.push(type);
    },
  });
  hook.enable();
  const input = await checkInputFile({ path: file, name: "VP-2024.xlsx" }, DEFAULT_CAMPAIGN);
  hook.disable();
  expect(input.check.valid).toBe(true);
  expect(input.digest?.full).toMatch(/^[0-9a-f]{64}$/);
  expect(handedOff).toEqual([]);
});

it("digests as Web Crypto does, so the pane and the command line know a copy alike", async () => {
  expect(nodeDigest(bytes)).toEqual(await digestOf(bytes));
  expect(nodeDigest(new Uint8Array(0)).full).toBe(
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  );
});
