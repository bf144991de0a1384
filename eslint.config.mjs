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
);
