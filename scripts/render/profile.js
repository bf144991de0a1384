"use strict";
// A throw-away LibreOffice user profile for one conversion: no first-start dialogs, no clash with a
// LibreOffice the user has open, and the vi-VN locale so numbers read 1.234.567 and 12,5 as in Excel
// on a Vietnamese Windows (a number format such as "#,##0" takes its separators from the locale).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>en-US</value></prop></item>
</oor:items>
`;

/** Creates the profile; returns its directory and the -env option that points LibreOffice at it. */
function makeProfile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-render-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  return { dir, option: `-env:UserInstallation=${pathToFileURL(dir).href}` };
}

module.exports = { makeProfile };
