"use strict";
// Builds the task pane and the ribbon's function file into dist/.
//   npx webpack --mode production                          manifest keeps https://localhost:3000/
//   npx webpack --mode production --env url=https://host/path/   manifest points at the real host
//   npx webpack serve --mode development                   https://localhost:3000 with Office dev certificates
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { rewriteManifestUrls, normaliseBaseUrl } = require("./scripts/manifest-url");

const DEV_PORT = 3000;
// The first screen's JavaScript (React, Fluent UI, the pane), before compression. Heavy libraries such as
// docx and the charts must be loaded with import() into their own chunk; a production build fails if one
// lands in the entry instead. What the user downloads is held to 200 KB gzipped by
// `npm run size`.
const ENTRY_BUDGET_BYTES = 700 * 1024;
// Both pages start with the same ES5 check for webviews too old for the bundles.
const oldWebviewCheck = fs.readFileSync(path.join(__dirname, "src/pages/old-webview-check.js"), "utf8");

/** Certificates are only needed to serve; a build must not ask for them (or install them). */
async function devServer() {
  const devCerts = require("office-addin-dev-certs");
  return {
    port: DEV_PORT,
    server: { type: "https", options: await devCerts.getHttpsServerOptions() },
    headers: { "Access-Control-Allow-Origin": "*" },
    static: false,
  };
}

function copyManifest(baseUrl) {
  return {
    from: "manifest.xml",
    to: "manifest.xml",
    transform: baseUrl ? (content) => rewriteManifestUrls(content.toString("utf8"), baseUrl) : undefined,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // Fail before building when the URL is wrong, not when the manifest is copied.
  const baseUrl = env.url ? normaliseBaseUrl(env.url) : undefined;
  return {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // The reader requires fflate on first use (src/hosts/xlsx/read/fflate-on-first-use.ts); a require
      // would otherwise resolve to fflate's CommonJS build, a second copy beside the ES module the rest imports.
      alias: { fflate$: path.resolve(__dirname, "node_modules/fflate/esm/browser.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // tsconfig.json emits CommonJS for Node and Jest; ES modules let webpack split on import().
              compilerOptions: { module: "esnext" },
              // Type-check what the bundles contain, not every file tsconfig.json includes.
              onlyCompileBundledFiles: true,
            },
          },
        },
      ],
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    optimization: { splitChunks: { chunks: "all" } },
    performance: {
      hints: production ? "error" : false,
      maxEntrypointSize: ENTRY_BUDGET_BYTES,
      // Lazily loaded chunks may be large; only the entry points are on the budget.
      maxAssetSize: Number.MAX_SAFE_INTEGER,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { oldWebviewCheck },
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        templateParameters: { oldWebviewCheck },
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets", to: "assets" }, copyManifest(baseUrl)],
      }),
    ],
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};
