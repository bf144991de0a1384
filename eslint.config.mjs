import { builtinModules } from "node:module";
import { defineConfig } from "eslint/config";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import jsxA11y from "eslint-plugin-jsx-a11y";

// eslint-plugin-office-addins 4 exposes flat configs as arrays (officeAddins.configs.recommended), but that
// array also registers its own nested copy of @typescript-eslint (8.8) and eslint-plugin-prettier, and only
// matches .js/.ts files. Next to typescript-eslint's config ESLint refuses the second @typescript-eslint
// ("Cannot redefine plugin"), and formatting is Prettier's job (npm run format:check). So take the plugin and
// exactly the office-addins/* rules its recommended config turns on, and apply them to the whole tree.
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

const CORE_MESSAGE =
  "src/core is pure TypeScript: no Office.js, ExcelJS, React, Fluent UI, DOM or Node. Do I/O in src/hosts.";

/**
 * Layers, lowest first: core (pure) → hosts (one per environment, each on core only; the interfaces
 * hosts/workbook-host and hosts/office/excel-api are shared) → jobs (the application: core and the host
 * interfaces) → the front doors cli, taskpane and commands (jobs, core, hosts; never each other).
 * src/dev (samples, benches) may import anything; nothing imports it.
 */
const HOSTS = ["browser", "fake", "office", "xlsx"];
const DOORS_AND_TOOLS = ["cli", "taskpane", "commands", "dev"];
const layerMessage = (layer, rule) => `${layer} ${rule} (the layers are in README.md, "Layout").`;
/** An import that climbs out of its folder (../, ../../…) into one of `folders`. */
const climbsInto = (folders) => `^(\\.\\./)+(${folders.join("|")})(/|$)`;
const importRule = (...patterns) => ["error", { paths: [], patterns }];
const CORE_LAYER = {
  regex: climbsInto(["hosts", "jobs", ...DOORS_AND_TOOLS]),
  message: layerMessage("src/core", "imports nothing of ours above it"),
};
// The interfaces of hosts/office (excel-api, office-env) are the only files one host may share with
// another: the Office fake implements them.
const hostLayer = (host) => {
  const message = layerMessage(
    `src/hosts/${host}`,
    "imports core and the host interfaces only, never another host",
  );
  const others = HOSTS.filter((h) => h !== host && h !== "office");
  return [
    { regex: climbsInto(["jobs", ...DOORS_AND_TOOLS, ...others]), message },
    ...(host === "office" ? [] : [{ regex: "^(\\.\\./)+office(/(?!(excel-api|office-env)$).*)?$", message }]),
  ];
};
const JOBS_LAYER = {
  regex: `${climbsInto(DOORS_AND_TOOLS)}|^(\\.\\./)+hosts/(${HOSTS.join("|")})(/|$)`,
  message: layerMessage("src/jobs", "imports core and the host interfaces only"),
};
const doorLayer = (door) => ({
  regex: climbsInto(DOORS_AND_TOOLS.filter((d) => d !== door)),
  message: layerMessage(`src/${door}`, "imports jobs, core and hosts, never another front door or src/dev"),
});

const NODE_GLOBALS = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "Buffer", "console", "URL"].map(
    (name) => [name, "readonly"],
  ),
);

export default defineConfig(
  { ignores: ["dist/", "lib/", "node_modules/", "coverage/", "out/", "test-output/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: "office-addins (recommended rules, whole tree)",
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    // The load/sync rules recognise Office.js proxies by their get…() calls, and so misread ExcelJS's
    // getRow()/getCell() as proxies. Code on the ExcelJS side never holds an Office.js object.
    name: "office-addins: ExcelJS code",
    files: ["**/hosts/xlsx/**"],
    rules: Object.fromEntries(
      ["load-object-before-read", "call-sync-before-read", "call-sync-after-load"].map((rule) => [
        `office-addins/${rule}`,
        "off",
      ]),
    ),
  },
  {
    files: ["**/*.{ts,tsx}"],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ["**/*.tsx"],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    name: "Node scripts (CommonJS)",
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: NODE_GLOBALS },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    name: "core stays pure",
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["exceljs", "react", "react-dom", "office-js", ...builtinModules].map((name) => ({
            name,
            message: CORE_MESSAGE,
          })),
          patterns: [
            {
              group: ["@fluentui/*", "react/*", "react-dom/*", "exceljs/*", "node:*", "fs/*", "path/*"],
              message: CORE_MESSAGE,
            },
            CORE_LAYER,
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "Office",
          "Excel",
          "OfficeRuntime",
          "window",
          "document",
          "localStorage",
          "process",
          "Buffer",
        ].map((name) => ({ name, message: CORE_MESSAGE })),
      ],
    },
  },
  ...HOSTS.map((host) => ({
    name: `layers: hosts/${host}`,
    files: [`src/hosts/${host}/**`],
    rules: { "no-restricted-imports": importRule(...hostLayer(host)) },
  })),
  {
    name: "layers: jobs",
    files: ["src/jobs/**"],
    rules: { "no-restricted-imports": importRule(JOBS_LAYER) },
  },
  ...["cli", "taskpane", "commands"].map((door) => ({
    name: `layers: ${door}`,
    files: [`src/${door}/**`],
    rules: { "no-restricted-imports": importRule(doorLayer(door)) },
  })),
);
