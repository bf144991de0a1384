import { runCli } from "./run-cli";

jest.mock("../../src/cli/commands/criteria", () => ({
  criteriaCommand: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'x')")),
}));

describe("a fault of thidua's own", () => {
  const debug = process.env.THIDUA_DEBUG;
  afterEach(() => {
    if (debug === undefined) delete process.env.THIDUA_DEBUG;
    else process.env.THIDUA_DEBUG = debug;
  });

  it("is told in the catalogue's words, without the library's text or a stack", async () => {
    delete process.env.THIDUA_DEBUG;
    const run = await runCli("criteria", "-o", "x.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("thidua gặp lỗi không lường trước");
    expect(run.err).not.toContain("Cannot read properties");
    expect(run.err).not.toContain(" at ");
  });

  it("shows the detail to whoever asks for it with THIDUA_DEBUG=1", async () => {
    process.env.THIDUA_DEBUG = "1";
    const run = await runCli("criteria", "-o", "x.xlsx", "--lang", "en");
    expect(run.err).toContain("thidua met an unexpected error");
    expect(run.err).toContain("Cannot read properties of undefined");
  });
});
