/**
 * `thidua report … -o r.docx`: the Word document in the Decree 30 layout, checked in its parts (document.xml,
 * the header parts) and, where LibreOffice is installed, converted to PDF with every sentence intact.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { sampleBatch } from "../../../src/dev/sample/batch";
import { writeBatch } from "../../../src/dev/sample/write-batch";
import { runCli } from "../../cli/run-cli";
import { libreOfficeAvailable, pdfText, toPdf, zipParts } from "../../helpers/office-files";

const dir = mkdtempSync(join(tmpdir(), "thidua-docx-"));
const units = join(dir, "don-vi");
const path = (name: string): string => join(dir, name);

beforeAll(async () => {
  const batch = sampleBatch(DEFAULT_CAMPAIGN, {
    years: [2021, 2022, 2023, 2024],
    seed: 11,
    missing: ["TTr"],
    faulty: ["QLXD"],
  });
  await writeBatch(units, batch);
  writeFileSync(
    path("s.json"),
    JSON.stringify({ signer_name: "Trần Văn Bình", place: "Đà Nẵng", date: "2025-02-05" }),
  );
}, 120_000);

type Case = { name: string; args: string[]; sentence: RegExp };
const CASES: Case[] = [
  {
    name: "annual",
    args: ["--kind", "annual", "--year", "2024"],
    sentence: /chưa gửi báo cáo: Thanh tra Sở/,
  },
  { name: "interim", args: ["--kind", "interim"], sentence: /Sơ kết Phong trào thi đua/ },
  { name: "final", args: ["--kind", "final"], sentence: /Tổng kết Phong trào thi đua/ },
  {
    name: "annual-en",
    args: ["--kind", "annual", "--year", "2024", "--lang", "en"],
    sentence: /Thanh tra Sở/,
  },
];

const written = new Map<string, Record<string, string>>();
async function report(c: Case): Promise<Record<string, string>> {
  const done = written.get(c.name);
  if (done) return done;
  const file = path(`${c.name}.docx`);
  const run = await runCli("report", units, "-o", file, "--settings", path("s.json"), ...c.args);
  expect(run.err).toBe("");
  expect([0, 1]).toContain(run.code);
  const parts = zipParts(readFileSync(file));
  written.set(c.name, parts);
  return parts;
}

/** The text of each top-level paragraph of the body (not in tables), in order. */
function bodyParagraphs(xml: string): string[] {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "");
  return [...body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
    .map((t) =>
      t
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&apos;/g, "'"),
    )
    .filter((t) => t.trim() !== "");
}

/** The header part the section names for a type ("default", "first"). */
function headerPart(parts: Record<string, string>, type: string): string {
  const doc = parts["word/document.xml"];
  const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)?.[1];
  const rels = parts["word/_rels/document.xml.rels"];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  return parts[`word/${target}`];
}

describe.each(CASES)("thidua report -o $name.docx", (c) => {
  it("is A4 in the decree's margins, numbered from page 2 in the top margin", async () => {
    const parts = await report(c);
    const doc = parts["word/document.xml"];
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(doc)?.[1] ?? "";
    const mm = (side: string): number => Number(new RegExp(`w:${side}="(\\d+)"`).exec(margin)?.[1]) / 56.7;
    expect(mm("top")).toBeGreaterThanOrEqual(19.9);
    expect(mm("top")).toBeLessThanOrEqual(25.1);
    expect(mm("bottom")).toBeGreaterThanOrEqual(19.9);
    expect(mm("bottom")).toBeLessThanOrEqual(25.1);
    expect(mm("left")).toBeGreaterThanOrEqual(29.9);
    expect(mm("left")).toBeLessThanOrEqual(35.1);
    expect(mm("right")).toBeGreaterThanOrEqual(14.9);
    expect(mm("right")).toBeLessThanOrEqual(20.1);
    expect(doc).toContain("<w:titlePg/>");
    const numbered = headerPart(parts, "default");
    expect(numbered).toMatch(/<w:jc w:val="center"\/>/);
    expect(numbered).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(numbered).toMatch(/<w:sz w:val="26"\/>/);
    const first = headerPart(parts, "first");
    expect(first).toBeDefined();
    expect(first).not.toMatch(/<w:t[ >]/);
    expect(first).not.toContain("PAGE");
  });

  it("sets Times New Roman in the decree's sizes, header borderless, tables bordered", async () => {
    const doc = (await report(c))["word/document.xml"];
    const fonts = [...doc.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(fonts)).toEqual(new Set(["Times New Roman"]));
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const header = tables[0];
    const borders = [...header.matchAll(/<w:(?:tbl|tc)Borders>[\s\S]*?<\/w:(?:tbl|tc)Borders>/g)].map(
      (m) => m[0],
    );
    expect(borders.length).toBe(3);
    for (const b of borders) expect(b).not.toMatch(/w:val="(?!none)/);
    const runOf = (text: string): string =>
      new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?<w:t[^>]*>${text}</w:t>`).exec(doc)?.[0] ?? "";
    const date = runOf(
      c.name.endsWith("en") ? "Đà Nẵng, February 05, 2025" : "Đà Nẵng, ngày 05 tháng 02 năm 2025",
    );
    expect(date).toContain("<w:i/>");
    expect(date).toMatch(/<w:sz w:val="28"\/>/);
    expect(runOf("SỞ XÂY DỰNG")).toContain("<w:b/>");
    const en = c.name.endsWith("en");
    const nation = en ? "SOCIALIST REPUBLIC OF VIET NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    const motto = en ? "Independence - Freedom - Happiness" : "Độc lập - Tự do - Hạnh phúc";
    expect(runOf(nation)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf(motto)).toMatch(/<w:b\/>[\s\S]*<w:sz w:val="26"\/>/);
    const nn = c.name.endsWith("en") ? "Recipients:" : "Nơi nhận:";
    expect(runOf(nn)).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    expect(runOf("Trần Văn Bình")).toMatch(/<w:b\/>/);
    const data = tables.filter((t) => /<w:tblBorders>(?:(?!<\/w:tblBorders>)[\s\S])*w:val="single"/.test(t));
    expect(data.length).toBeGreaterThanOrEqual(2);
    expect(data[0]).toMatch(/<w:tblHeader\/>/);
    expect(doc).toMatch(/<w:jc w:val="both"\/>[\s\S]*?<w:ind w:firstLine="720"\/>/);
  });

  it("marks the prompts for the writer and writes numbers in the report's language", async () => {
    const doc = (await report(c))["word/document.xml"];
    const prompt = /<w:r>(?:(?!<w:r>)[\s\S])*?<w:t[^>]*>\[[^<]*\]<\/w:t>/.exec(doc)?.[0] ?? "";
    expect(prompt).toContain('<w:highlight w:val="yellow"/>');
    expect(prompt).toContain("<w:i/>");
    expect(doc).toMatch(
      c.name.endsWith("en") ? /<w:t[^>]*>\d{1,3}(,\d{3})+<\/w:t>/ : /<w:t[^>]*>\d{1,3}(\.\d{3})+<\/w:t>/,
    );
    expect(bodyParagraphs(doc).join("\n")).toMatch(c.sentence);
  });
});

describe("wide tables on landscape pages", () => {
  const sections = (doc: string): string[] =>
    [...doc.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);

  it("sets a table of eight columns or more on landscape pages of its own, numbered on", async () => {
    const doc = (await report(CASES[2]))["word/document.xml"];
    const all = sections(doc);
    const landscape = all.filter((s) => s.includes('w:orient="landscape"'));
    expect(landscape.length).toBeGreaterThan(0);
    for (const s of landscape) expect(s).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // Only the first section has the unnumbered first page; every section has the numbered header.
    expect(all.filter((s) => s.includes("<w:titlePg/>"))).toHaveLength(1);
    for (const s of all) expect(s).toMatch(/<w:headerReference w:type="default"/);
    // The wide table spans the landscape text width (297 − 30 − 15 mm).
    expect(doc).toMatch(/<w:tblW w:type="dxa" w:w="14287"\/>|<w:tblW w:w="14287" w:type="dxa"\/>/);
    // The document ends as it began, in portrait, with the signature.
    expect(all[all.length - 1]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it("keeps a report without wide tables in one portrait section", async () => {
    const doc = (await report(CASES[0]))["word/document.xml"];
    expect(sections(doc)).toHaveLength(1);
    expect(doc).not.toContain('w:orient="landscape"');
  });
});

const maybe = libreOfficeAvailable() ? describe : describe.skip;
maybe("LibreOffice opens the Word report", () => {
  // pdftotext puts stray spaces into justified lines ("thi ện"), so the letters are compared without spaces.
  it.each(CASES)(
    "$name: every paragraph comes out intact",
    async (c) => {
      await report(c);
      const letters = (t: string): string => t.replace(/\s+/g, "");
      const text = letters(pdfText(toPdf(readFileSync(path(`${c.name}.docx`)), `${c.name}.docx`)));
      const paragraphs = bodyParagraphs((await report(c))["word/document.xml"]).map(letters);
      expect(paragraphs.length).toBeGreaterThan(20);
      const lost = paragraphs.filter((p) => !text.includes(p));
      expect(lost).toEqual([]);
    },
    240_000,
  );
});

describe("thidua report --format", () => {
  it("writes Word whatever the extension with --format docx, and refuses a format it does not know", async () => {
    const run = await runCli("report", units, "-o", path("word.bin"), "--format", "docx", "--year", "2024");
    expect([0, 1]).toContain(run.code);
    expect(zipParts(readFileSync(path("word.bin")))["word/document.xml"]).toContain("<w:titlePg/>");
    const bad = await runCli("report", units, "-o", path("x.pdf"), "--format", "pdf");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--format phải là docx (Word) hoặc xlsx (Excel), đang là “pdf”.");
  });
});
