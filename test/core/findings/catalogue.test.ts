import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { FINDING_CODES, type FindingCode } from "../../../src/core/findings/finding";
import {
  FINDING_CATALOGUE,
  findingTitle,
  messageTemplate,
  newFinding,
} from "../../../src/core/findings/catalogue";
import { findingCodeRows, withFindingCodesTable } from "../../../src/dev/docs/finding-codes-table";
import vi from "../../../src/i18n/vi.json";
import en from "../../../src/i18n/en.json";

const ROOT = join(__dirname, "../../..");
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();
const catalogues: Record<string, Record<string, Record<string, string>>> = { vi, en };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [relative(ROOT, path).split("\\").join("/")] : [];
  });
}
const SOURCES = sourceFiles(join(ROOT, "src"));
const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

describe("the catalogue of user text", () => {
  it("has the same sections in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it.each(Object.keys(vi))("%s: every key in both languages, with the same placeholders", (section) => {
    const v = catalogues.vi[section];
    const e = catalogues.en[section];
    expect(Object.keys(e).sort()).toEqual(Object.keys(v).sort());
    for (const [key, text] of Object.entries(v)) {
      expect([key, placeholders(e[key])]).toEqual([key, placeholders(text)]);
      expect([key, e[key].trim() === ""]).toEqual([key, text.trim() === ""]);
    }
  });

  it("holds the texts of the hosts, the criteria workbook's problems and the summary's words", () => {
    for (const section of ["host", "criteria", "summary", "settingsFile", "findingTitles"])
      expect({ section, keys: Object.keys(catalogues.vi[section] ?? {}).length > 0 }).toEqual({
        section,
        keys: true,
      });
  });
});

describe("the findings catalogue", () => {
  it("describes every code, and every code has a title and a message in both languages", () => {
    expect(Object.keys(FINDING_CATALOGUE).sort()).toEqual([...FINDING_CODES].sort());
    for (const code of FINDING_CODES) {
      for (const lang of ["vi", "en"] as const) {
        expect({ code, lang, title: findingTitle(code, lang) === undefined }).toEqual({
          code,
          lang,
          title: false,
        });
        const message = messageTemplate({ code, params: {} }, lang);
        expect({ code, lang, message: typeof message === "string" && message !== "" }).toEqual({
          code,
          lang,
          message: true,
        });
      }
      expect(FINDING_CATALOGUE[code].description).not.toBe("");
    }
  });

  it("picks a variant's own message, else the code's", () => {
    const variant = { code: "unreadable-workbook" as const, params: { variant: "legacy-xls" } };
    expect(messageTemplate(variant, "vi")).toBe(vi.findings["unreadable-workbook.legacy-xls"]);
    const unknown = { code: "unreadable-workbook" as const, params: { variant: "no-such-variant" } };
    expect(messageTemplate(unknown, "en")).toBe(en.findings["unreadable-workbook"]);
  });

  it("gives a new finding its code's default severity; only overridable codes take their own", () => {
    for (const code of FINDING_CODES) {
      expect(newFinding(code, { file: "a.xlsx", params: {} }).severity).toBe(
        FINDING_CATALOGUE[code].severity,
      );
    }
    expect(newFinding("missing-label", { file: "a.xlsx", params: {}, severity: "warning" }).severity).toBe(
      "warning",
    );
    // @ts-expect-error: a required value is an error unless a rule says otherwise
    newFinding("required-value", { file: "a.xlsx", params: {}, severity: "warning" });
  });

  it("is the only place findings get their severity: no finding is written as a literal in src", () => {
    const codes = FINDING_CODES.join("|");
    const literal = new RegExp(`code: "(${codes})"|severity: "(error|warning|info)"\\s*[,}]`);
    const offenders = SOURCES.filter((f) => f !== "src/core/findings/catalogue.ts" && literal.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("the README's table of finding codes is the catalogue's: code, severity and meaning", () => {
    const readme = read("README.md");
    const section = readme.slice(
      readme.indexOf("### Finding codes"),
      readme.indexOf("## The criteria workbook"),
    );
    const rows = [...section.matchAll(/^\| (`[a-z-]+`) +\| (.+?) +\| (.+?) +\|$/gm)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    expect(rows).toEqual(findingCodeRows());
    expect(withFindingCodesTable(readme)).toBe(readme);
  });
});

describe("user text stays in the catalogue", () => {
  /** Vietnamese letters (those ASCII and Latin-1 lack). */
  const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàảãạằắẳẵặầấẩẫậèẻẽẹềếểễệìỉĩịòỏõọồốổỗộờớởỡợùủũụừứửữựỳỷỹỵ]/i;
  const MOVED = SOURCES.filter(
    (f) =>
      [
        "src/hosts/office/notices.ts",
        "src/hosts/browser/errors.ts",
        "src/core/consolidation/labels.ts",
        "src/core/report/settings-json.ts",
        "src/core/criteria/workbook/problems.ts",
        "src/core/criteria/workbook/problem-text.ts",
        "src/core/criteria/workbook/read-context.ts",
      ].includes(f) || /^src\/core\/criteria\/workbook\/read-[a-z-]+\.ts$/.test(f),
  );

  it("the files whose texts moved to the catalogue hold no Vietnamese", () => {
    expect(MOVED.length).toBeGreaterThan(12);
    const offenders = MOVED.flatMap((f) =>
      read(f)
        .split("\n")
        .map((line, i) => `${f}:${i + 1}: ${line.trim()}`)
        .filter((line) => VIETNAMESE.test(line)),
    );
    expect(offenders).toEqual([]);
  });

  it("no source file pairs a Vietnamese and an English text ({ vi: …, en: … })", () => {
    const pair = /\bvi:\s*["'`][\s\S]{0,400}?\ben:\s*["'`]/;
    expect(SOURCES.filter((f) => pair.test(read(f)))).toEqual([]);
  });
});

// A code that is listed but has no entry fails to compile here, too.
const everyCode: Record<FindingCode, unknown> = FINDING_CATALOGUE;
void everyCode;
