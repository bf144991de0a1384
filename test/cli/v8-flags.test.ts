/** The command line tells V8 to grow its heap less eagerly: the peak of a large consolidation depends on it. */
import { runCli } from "./run-cli";

const setFlags = jest.fn();
jest.mock("node:v8", () => ({
  ...jest.requireActual<typeof import("node:v8")>("node:v8"),
  setFlagsFromString: (flags: string) => setFlags(flags),
}));

it("limits the heap's growth before running a command", async () => {
  await runCli("--version");
  expect(setFlags).toHaveBeenCalledWith("--heap-growing-percent=30");
});
