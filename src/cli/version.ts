import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The package version, read from package.json beside the compiled code (lib/) or the sources (src/). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
