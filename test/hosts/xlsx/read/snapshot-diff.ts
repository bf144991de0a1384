import type { WorkbookSnapshot } from "../../../../src/core/workbook-model/snapshot";

/** Every field where two snapshots differ, as "path: a ≠ b" lines (empty when they are equal). */
export function snapshotDiff(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: string) => {
    if (typeof x === "object" && x !== null && typeof y === "object" && y !== null) {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys)
        walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${path}.${k}`);
    } else if (!Object.is(x, y)) {
      out.push(`${path}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    }
  };
  walk(a, b, "");
  return out;
}
