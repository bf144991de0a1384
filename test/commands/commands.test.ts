/** @jest-environment jsdom */

// A minimal Office: what commands.ts and its helpers touch, with behaviour each test can change.
type Handler = (event: Office.AddinCommands.Event) => Promise<unknown>;
type DialogCallback = (result: { status: string; value: FakeDialog }) => void;
interface FakeDialog {
  handlers: Map<string, () => void>;
  addEventHandler: (type: string, handler: () => void) => void;
  close: jest.Mock;
}

const handlers = new Map<string, Handler>();
const supported = new Set<string>();
const showAsTaskpane = jest.fn<Promise<void>, []>();
const displayDialogAsync = jest.fn<void, [string, unknown, DialogCallback]>();
const isSetSupported = jest.fn((name: string) => supported.has(name));

const fakeOffice = {
  onReady: (callback: () => void) => {
    callback();
    return Promise.resolve({ host: "Excel", platform: "PC" });
  },
  actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
  addin: { showAsTaskpane },
  context: {
    displayLanguage: "vi-VN",
    requirements: { isSetSupported },
    ui: { displayDialogAsync },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
};

function fakeDialog(): FakeDialog {
  const dialogHandlers = new Map<string, () => void>();
  return {
    handlers: dialogHandlers,
    addEventHandler: (type, handler) => dialogHandlers.set(type, handler),
    close: jest.fn(),
  };
}

function fakeEvent(): Office.AddinCommands.Event & { completed: jest.Mock } {
  return { completed: jest.fn(), source: { id: "button" } };
}

function handler(name: string): Handler {
  const found = handlers.get(name);
  if (!found) throw new Error(`${name} is not registered`);
  return found;
}

beforeAll(async () => {
  (globalThis as { Office?: unknown }).Office = fakeOffice;
  await import("../../src/commands/commands");
});

afterAll(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

beforeEach(() => {
  jest.clearAllMocks();
  supported.clear();
  localStorage.clear();
  isSetSupported.mockImplementation((name: string) => supported.has(name));
});

describe("ribbon commands", () => {
  it("registers the two functions the manifest names", () => {
    expect([...handlers.keys()].sort()).toEqual(["consolidateWorkbook", "validateActiveSheet"]);
  });

  it("opens the pane on the matching tab where a shared runtime allows it", async () => {
    supported.add("SharedRuntime");
    showAsTaskpane.mockResolvedValue();
    const event = fakeEvent();
    await expect(handler("validateActiveSheet")(event)).resolves.toBe("pane");
    expect(localStorage.getItem("thidua.requestedTab")).toBe("validate");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("explains in a dialog when the pane cannot be opened, and completes when it closes", async () => {
    supported.add("SharedRuntime").add("DialogApi");
    showAsTaskpane.mockRejectedValue(new Error("not a shared runtime"));
    const dialog = fakeDialog();
    displayDialogAsync.mockImplementation((_url, _options, callback) =>
      callback({ status: "succeeded", value: dialog }),
    );
    const event = fakeEvent();
    const running = handler("consolidateWorkbook")(event);
    await Promise.resolve();
    await Promise.resolve();
    expect(event.completed).not.toHaveBeenCalled();
    const url = new URL(displayDialogAsync.mock.calls[0][0]);
    expect(url.searchParams.get("notice")).toBe("consolidate");
    expect(url.searchParams.get("lang")).toBe("vi");
    dialog.handlers.get("dialogMessageReceived")?.();
    await expect(running).resolves.toBe("notice");
    expect(dialog.close).toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem("thidua.requestedTab")).toBe("consolidate");
  });

  it("completes when neither the pane nor a dialog is available", async () => {
    const event = fakeEvent();
    await expect(handler("validateActiveSheet")(event)).resolves.toBe("nothing");
    expect(showAsTaskpane).not.toHaveBeenCalled();
    expect(displayDialogAsync).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("completes when Office refuses the dialog", async () => {
    supported.add("DialogApi");
    displayDialogAsync.mockImplementation((_url, _options, callback) =>
      callback({ status: "failed", value: fakeDialog() }),
    );
    const event = fakeEvent();
    await expect(handler("validateActiveSheet")(event)).resolves.toBe("nothing");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      "isSetSupported throws",
      () =>
        isSetSupported.mockImplementation(() => {
          throw new Error("requirements unavailable");
        }),
    ],
    [
      "displayDialogAsync throws",
      () => {
        supported.add("DialogApi");
        displayDialogAsync.mockImplementation(() => {
          throw new Error("dialog failed");
        });
      },
    ],
  ])("completes the event and reports the error when %s", async (_what, breakOffice) => {
    breakOffice();
    for (const name of ["validateActiveSheet", "consolidateWorkbook"]) {
      const event = fakeEvent();
      await expect(handler(name)(event)).rejects.toThrow();
      expect(event.completed).toHaveBeenCalledTimes(1);
    }
  });
});
