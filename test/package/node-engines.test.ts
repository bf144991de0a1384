/**
 * `npm ci` on the oldest Node the project declares must not warn that a package wants a newer one: every
 * package the lockfile installs (optional ones aside: npm skips those it cannot use) accepts it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { minVersion, satisfies } from "semver";

interface LockedPackage {
  engines?: { node?: string } | string[];
  optional?: boolean;
}

const root = join(__dirname, "..", "..");
const read = (name: string): unknown => JSON.parse(readFileSync(join(root, name), "utf8"));
const manifest = read("package.json") as { engines: { node: string } };
const lock = read("package-lock.json") as { packages: Record<string, LockedPackage> };

/** The packages whose declared Node range leaves out `node`, with that range. */
function refusing(packages: Record<string, LockedPackage>, node: string): string[] {
  return Object.entries(packages)
    .filter(([path, p]) => path !== "" && !p.optional)
    .flatMap(([path, p]) => {
      const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
      return range !== undefined && !satisfies(node, range) ? [`${path} (${range})`] : [];
    });
}

test("every locked package runs on the oldest Node the project declares", () => {
  const oldest = minVersion(manifest.engines.node)?.version;
  expect(oldest).toMatch(/^20\./);
  expect(refusing(lock.packages, oldest ?? "")).toEqual([]);
});

test("a package that wants a newer Node is named", () => {
  const packages = {
    "": {},
    "node_modules/nanoid": { engines: { node: "^22 || ^24 || >=26" } },
    "node_modules/fsevents": { engines: { node: ">=22" }, optional: true },
    "node_modules/old": { engines: ["node >=0.4"] },
  };
  expect(refusing(packages, "20.19.0")).toEqual(["node_modules/nanoid (^22 || ^24 || >=26)"]);
});
