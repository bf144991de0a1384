/**
 * The command line sets its V8 flags before running a command: the peak of a large consolidation and the
 * time of a short run depend on them.
 */
import { runCli } from "./run-cli";

const setFlags = jest.fn();
jest.mock("node:v8", () => ({
  ...jest.requireActual<typeof import("node:v8")>("node:v8"),
  setFlagsFromString: (flags: string) => setFlags(flags),
}));

it("limits the heap's growth and the compiler's inlining, and grows the young generation fast, before running a command", async () => {
  await runCli("--version");
  expect(setFlags).toHaveBeenCalledWith(
    "--heap-growing-percent=30 --max-inlined-bytecode-size=50 --semi-space-growth-factor=8",
  );
});
