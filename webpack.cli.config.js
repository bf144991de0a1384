"use strict";
// Bundles the command line compiled in lib/ (by tsc) into lib/cli/thidua.bundle.js, the file bin/thidua.js
// runs: Node then reads one file instead of resolving and reading some 110 modules at every start (about
// 20 ms of `thidua validate FILE`). Packages stay outside and are required where the code requires them, so
// a command loads ExcelJS, docx or fflate only when it uses them, as before.
const path = require("path");

const lib = path.join(__dirname, "lib");

module.exports = {
  mode: "production",
  target: "node20",
  entry: path.join(lib, "cli", "main.js"),
  output: {
    path: path.join(lib, "cli"),
    filename: "thidua.bundle.js",
    library: { type: "commonjs2" },
  },
  // Kept next to lib/cli/main.js, so that __dirname is the same for the code that reads package.json.
  node: { __dirname: false, __filename: false },
  externalsPresets: { node: true },
  externals: [
    ({ request }, callback) =>
      /^[@a-z]/i.test(request ?? "") ? callback(null, `commonjs ${request}`) : callback(),
  ],
  // Readable stack traces (THIDUA_DEBUG=1); minifying would save little of the start-up.
  optimization: { minimize: false, nodeEnv: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};
