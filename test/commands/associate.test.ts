/** @jest-environment jsdom */
import "../taskpane/helpers/browser-globals";

// Microsoft's function-file sample associates its actions at the top level, not inside Office.onReady:
// a click that arrives before onReady has called back must still find its handler.
describe("commands.ts associates the ribbon's actions at the top level", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("registers both actions even when Office.onReady has not called back yet", async () => {
    const associated: string[] = [];
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => new Promise(() => undefined),
      actions: { associate: (name: string) => associated.push(name) },
      context: { displayLanguage: "vi-VN" },
    };
    await jest.isolateModulesAsync(async () => {
      await import("../../src/commands/commands");
    });
    expect(associated.sort()).toEqual(["consolidateWorkbook", "validateActiveSheet"]);
  });
});
