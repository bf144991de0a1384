import type * as Fflate from "fflate";

let loaded: typeof Fflate | undefined;

/**
 * fflate, loaded the first time the reader needs it. Where a native zlib is installed (the command line),
 * it inflates every entry that declares its size, so most runs never need fflate; loading it costs 20–30 ms
 * of each command's start (its 90 KB and the tables it builds), a tenth of `thidua validate FILE`.
 */
export function fflate(): typeof Fflate {
  // A static import would load it with the reader. The pane's bundle inlines this require; the command
  // line's leaves it to node_modules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require("fflate") as typeof Fflate;
  return loaded;
}
