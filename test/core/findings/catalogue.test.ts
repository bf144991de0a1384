import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FINDING_CODES } from "../../../src/core/findings/finding";
import vi from "../../../src/i18n/vi.json";
import en from "../../../src/i18n/en.json";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const SECTIONS = ["ui", "findings", "cli"] as const;

describe("the catalogues of user text", () => {
  it.each(SECTIONS)("%s: every key in both languages, with the same placeholders", (section) => {
    const v: Record<string, string> = vi[section];
    const e: Record<string, string> = en[section];
    expect(Object.keys(e).sort()).toEqual(Object.keys(v).sort());
    for (const [key, text] of Object.entries(v))
      expect([key, placeholders(e[key])]).toEqual([key, placeholders(text)]);
  });

  it("has a message for every finding code in both languages", () => {
    for (const code of FINDING_CODES.filter((c) => c !== "blank-row")) {
      for (const catalogue of [vi.findings, en.findings]) {
        const keys = Object.keys(catalogue).filter((k) => k === code || k.startsWith(`${code}.`));
        expect({ code, found: keys.length > 0 }).toEqual({ code, found: true });
      }
    }
  });

  it("the README's table of finding codes lists exactly the codes", () => {
    const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("### Finding codes"),
      readme.indexOf("## The criteria workbook"),
    );
    const listed = [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    expect([...listed].sort()).toEqual([...FINDING_CODES].sort());
  });
});
