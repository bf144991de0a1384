import { buildSummaryPlan, consolidate } from "../../src/core/consolidation";
import { checkedFile } from "../../src/core/validation/file-check";
import { checkWorkbook } from "../../src/core/validation/validate";
import { consolidateFiles } from "../../src/jobs/consolidate-files";
import { asOutputFile } from "../../src/jobs/output-file";
import type { FileInput } from "../../src/jobs/read-file";
import { companionKind, type GivenFile } from "../../src/jobs/select-inputs";
import { CAMPAIGN, unitFile, type UnitFileOptions } from "../core/consolidation/fixtures";
import { planToSnapshot } from "../helpers/plan-to-snapshot";

const digest = (text: string) => ({ full: text.repeat(8).slice(0, 64), short: text.slice(0, 8) });
const given = (name: string, input: FileInput): GivenFile => ({ name, input });
const unit = (
  code: string,
  year: number,
  file = `${code}-${year}.xlsx`,
  change?: UnitFileOptions["change"],
) => {
  const f = unitFile(code, year, { file, change });
  return given(file, { check: f.check, checksum: file.slice(0, 8), digest: digest(file) });
};

describe("the input-selection rule", () => {
  const vp = unit("VP", 2024);
  const summary = buildSummaryPlan(consolidate([vp.input as FileInput], CAMPAIGN, { year: 2024 }), CAMPAIGN);
  const summaryFile = planToSnapshot(asOutputFile(summary, CAMPAIGN, "summary"), "tong-hop.xlsx");
  const files: GivenFile[] = [
    vp,
    given("VP-2024 (1).xlsx", { ...(vp.input as FileInput) }), // the same bytes under another name
    unit("TTr", 2023),
    unit("KHTC", 2024, "KHTC-2024.xlsx", (s) => {
      s.values.unit_name = "Phòng Không Có";
    }),
    unit("QLXD", 2024, "QLXD-2024.xlsx", (s) => {
      s.values.c1 = 21;
    }),
    { name: "~$VP-2024.xlsx" },
    { name: "__MACOSX/._VP-2024.xlsx" },
    given("tong-hop.xlsx", { check: checkedFile("tong-hop.xlsx", checkWorkbook(summaryFile, CAMPAIGN)) }),
  ];

  it("gives every file not used its reason, in the order given", () => {
    const job = consolidateFiles(files, CAMPAIGN, { year: 2024, excludeInvalid: true, lang: "vi" });
    expect(job.files.map((d) => [d.file, d.used, d.reason ?? null])).toEqual([
      ["VP-2024.xlsx", true, null],
      ["VP-2024 (1).xlsx", false, "identical-copy"],
      ["TTr-2023.xlsx", false, "other-year"],
      ["KHTC-2024.xlsx", false, "unknown-unit"],
      ["QLXD-2024.xlsx", false, "excluded"],
      ["~$VP-2024.xlsx", false, "lock-file"],
      ["__MACOSX/._VP-2024.xlsx", false, "mac-metadata"],
      ["tong-hop.xlsx", false, "thidua-output"],
    ]);
    expect(job.result.duplicateUnits).toEqual([]);
    expect(job.inputs).toHaveLength(5);
  });

  it("lists an identical copy in the status rows under its own name, after the file it repeats", () => {
    const job = consolidateFiles(files, CAMPAIGN, { year: 2024, lang: "vi" });
    const status = job.result.status;
    const kept = status.findIndex((r) => r.file === "VP-2024.xlsx");
    expect(status[kept + 1]).toMatchObject({
      file: "VP-2024 (1).xlsx",
      unitCode: "VP",
      year: 2024,
      status: "identical-copy",
      statusLabel: "Bản sao giống hệt",
      used: false,
      note: "Giống hệt tệp VP-2024.xlsx, chỉ tính một lần",
    });
    const without = consolidateFiles(
      files.filter((f) => f.name !== "VP-2024 (1).xlsx"),
      CAMPAIGN,
      { year: 2024, lang: "vi" },
    );
    expect(job.result.counts).toEqual(without.result.counts);
    expect(status.filter((r) => r.status !== "identical-copy")).toEqual(without.result.status);
  });

  it("uses two units' different files that have the same name, each in a folder of its own", () => {
    const sameName = (code: string, bytes: string): GivenFile => {
      const f = unitFile(code, 2024, { file: "bao-cao.xlsx" });
      return given("bao-cao.xlsx", { check: f.check, checksum: bytes.slice(0, 8), digest: digest(bytes) });
    };
    const job = consolidateFiles(
      [sameName("VP", "aaaaaaaa"), sameName("TTr", "bbbbbbbb"), sameName("TTr", "bbbbbbbb")],
      CAMPAIGN,
      { year: 2024, lang: "vi" },
    );
    expect(job.files.map((d) => [d.unit ?? null, d.used, d.reason ?? null])).toEqual([
      ["VP", true, null],
      ["TTr", true, null],
      [null, false, "identical-copy"],
    ]);
    expect(job.result.missing.map((m) => m.code)).not.toContain("VP");
  });

  it("keeps the same copy and the same year whatever the order the files come in", () => {
    const forward = consolidateFiles(files, CAMPAIGN, { lang: "vi" });
    const backward = consolidateFiles([...files].reverse(), CAMPAIGN, { lang: "vi" });
    expect(forward.result.years).toEqual([2024]);
    expect(forward.yearChoice).toEqual({ how: "latest", yearsFound: [2023, 2024] });
    expect(backward.result).toEqual(forward.result);
    expect(backward.notUsed.find((d) => d.reason === "identical-copy")).toMatchObject({
      file: "VP-2024 (1).xlsx",
      sameAs: "VP-2024.xlsx",
    });
  });
});

describe("companion files, told by their name", () => {
  it("are Excel's lock files and macOS's metadata files, in any folder, and nothing else", () => {
    expect(companionKind("~$VP-2024.xlsx")).toBe("lock-file");
    expect(companionKind("2024\\~$VP-2024.xlsx")).toBe("lock-file");
    expect(companionKind("._VP-2024.xlsx")).toBe("mac-metadata");
    expect(companionKind("__MACOSX/2024/._VP-2024.xlsx")).toBe("mac-metadata");
    for (const name of ["VP-2024.xlsx", "._/VP-2024.xlsx", "VP._2024.xlsx", ".VP-2024.xlsx", "x~$.xlsx"])
      expect(companionKind(name)).toBeUndefined();
  });
});
