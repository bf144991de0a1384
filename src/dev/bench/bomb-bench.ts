import { loadavg } from "node:os";
import { nodeZlib } from "../../cli/node-zlib";
import { installNativeZlib } from "../../hosts/xlsx/native-zlib";
import { readWorkbookBytes, WorkbookReadError } from "../../hosts/xlsx/read";
import { bombZip, workbookParts, zerosDeflated, type BombEntry } from "./bomb-zip";

export interface BombTime {
  bomb: string;
  /** "fflate" (the browser) or "zlib" (Node's, as the command line reads). */
  inflater: string;
  fileMb: number;
  ms: number;
  /** The reader's answer: the error code it refused the file with. */
  refusedAs: string;
  /** The process's peak resident memory so far (the kernel's count, so a peak between samples is not missed). */
  peakRssMb: number;
}

const SHEET = "xl/worksheets/sheet1.xml";
const ODS_MIMETYPE: BombEntry = { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" };
/** LibreOffice's format: one cell said to repeat 999,999,999 times, in a row said to repeat as often. */
const REPEATED_CELLS =
  '<office:document-content><office:body><office:spreadsheet><table:table table:name="T">' +
  '<table:table-row table:number-rows-repeated="999999999"><table:table-cell office:value-type="float" ' +
  'office:value="1" table:number-columns-repeated="999999999"/></table:table-row></table:table>' +
  "</office:spreadsheet></office:body></office:document-content>";

/**
 * The bombs of issue 10: 2 GB declared honestly, declared as 1 KB, not declared; 6 GB not declared; and as
 * LibreOffice's .ods, 2 GB of content not declared, and cells that repeat without end.
 */
export function bombs(): [string, () => BombEntry[]][] {
  const twoGb = zerosDeflated(2048);
  return [
    [
      "2 GB entry, declared honestly",
      () => [...workbookParts(1), { name: SHEET, data: twoGb, realSize: 2048 * 2 ** 20 }],
    ],
    [
      "2 GB entry declared as 1 KB",
      () => [...workbookParts(1), { name: SHEET, data: twoGb, declaredSize: 1024 }],
    ],
    [
      "2 GB entry, sizes not declared",
      () => [...workbookParts(1), { name: SHEET, data: twoGb, undeclared: true }],
    ],
    [
      "6 GB entry, sizes not declared",
      () => [...workbookParts(1), { name: SHEET, data: zerosDeflated(6144), undeclared: true }],
    ],
    [
      ".ods, 2 GB content, sizes not declared",
      () => [ODS_MIMETYPE, { name: "content.xml", data: twoGb, undeclared: true }],
    ],
    [
      ".ods, a cell repeated 999,999,999 × 999,999,999 times",
      () => [ODS_MIMETYPE, { name: "content.xml", data: REPEATED_CELLS }],
    ],
  ];
}

/**
 * How long the reader takes to refuse each bomb, with fflate and with Node's zlib, and the process's peak
 * memory while it does.
 */
export function timeBombs(): BombTime[] {
  return bombs().flatMap(([bomb, entries]) => {
    const bytes = bombZip(entries());
    return (["fflate", "zlib"] as const).map((inflater) => {
      installNativeZlib(inflater === "zlib" ? nodeZlib : undefined);
      global.gc?.();
      const start = performance.now();
      let refusedAs = "read (not refused)";
      try {
        readWorkbookBytes(bytes, "bomb.xlsx");
      } catch (error) {
        refusedAs = error instanceof WorkbookReadError ? error.code : String(error);
      } finally {
        installNativeZlib(undefined);
      }
      const ms = performance.now() - start;
      const peakRssMb = process.resourceUsage().maxRSS / 1024;
      return { bomb, inflater, fileMb: bytes.length / 2 ** 20, ms, refusedAs, peakRssMb };
    });
  });
}

export function runBombBench(): BombTime[] {
  const times = timeBombs();
  process.stdout.write(
    `load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}\n`,
  );
  process.stdout.write(
    "| bomb | inflater | file MB | refused in ms | refused as | peak RSS MB (process, so far) |\n|---|---|---:|---:|---|---:|\n",
  );
  for (const t of times) {
    process.stdout.write(
      `| ${t.bomb} | ${t.inflater} | ${t.fileMb.toFixed(1)} | ${t.ms.toFixed(0)} | ${t.refusedAs} | ${t.peakRssMb.toFixed(0)} |\n`,
    );
  }
  return times;
}
