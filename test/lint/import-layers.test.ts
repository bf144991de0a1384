/**
 * The direction of imports between our folders is ESLint's to enforce: a planted file that breaks it must
 * fail `npx eslint .`, one that keeps it must pass.
 */
import { execFileSync } from "node:child_process";

const planted = (spec: string): string => `import { x } from "${spec}";\nexport const y = x;\n`;

// ESLint loads eslint.config.mjs with a dynamic import, which Jest's module system cannot run: the files
// are linted in one plain Node process, with the project's own configuration, as `npx eslint .` would.
const LINT = `
const { ESLint } = require("eslint");
const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = [];
  for (const [filePath, code] of cases) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

function lintAll(cases: [string, string][]): string[][] {
  const out = execFileSync(process.execPath, ["-e", LINT], {
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  return JSON.parse(out) as string[][];
}

const FORBIDDEN: [string, string, string][] = [
  ["src/commands/planted.ts", "../taskpane/i18n", "never another front door"],
  ["src/commands/planted.ts", "../cli/args", "never another front door"],
  ["src/taskpane/consolidate/planted.ts", "../../commands/notice", "never another front door"],
  ["src/cli/commands/planted.ts", "../../taskpane/App", "never another front door"],
  ["src/hosts/office/planted.ts", "../xlsx", "never another host"],
  ["src/hosts/browser/planted.ts", "../office/write/run-ops", "never another host"],
  ["src/hosts/xlsx/planted.ts", "../../jobs/read-file", "host interfaces only"],
  ["src/jobs/planted.ts", "../hosts/xlsx", "host interfaces only"],
  ["src/jobs/planted.ts", "../taskpane/App", "host interfaces only"],
  ["src/core/report/planted.ts", "../../jobs/read-file", "nothing of ours above it"],
  ["src/core/planted.ts", "../hosts/workbook-host", "nothing of ours above it"],
];

const ALLOWED: [string, string][] = [
  ["src/commands/planted.ts", "../jobs/tabs"],
  ["src/commands/planted.ts", "../hosts/office/errors"],
  ["src/cli/planted.ts", "./commands/report"],
  ["src/taskpane/planted.ts", "../core/consolidation"],
  ["src/jobs/planted.ts", "../hosts/workbook-host"],
  ["src/hosts/fake/planted.ts", "../office/excel-api"],
  ["src/hosts/xlsx/planted.ts", "../../core/workbook-model/plan"],
  ["src/dev/planted.ts", "../cli/main"],
];

describe("import layers", () => {
  let forbidden: string[][];
  let allowed: string[][];
  beforeAll(() => {
    const results = lintAll([...FORBIDDEN, ...ALLOWED].map(([file, spec]) => [file, planted(spec)]));
    forbidden = results.slice(0, FORBIDDEN.length);
    allowed = results.slice(FORBIDDEN.length);
  }, 120_000);

  it.each(FORBIDDEN.map((c, i) => [...c, i] as const))("%s may not import %s", (_file, _spec, rule, i) => {
    expect(forbidden[i]).toHaveLength(1);
    expect(forbidden[i][0]).toContain(rule);
  });

  it.each(ALLOWED.map((c, i) => [...c, i] as const))("%s may import %s", (_file, _spec, i) => {
    expect(allowed[i]).toEqual([]);
  });
});
