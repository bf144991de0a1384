import { isLang, type Lang } from "../core/locale/lang";
import { UsageError } from "./args";
import { cliText } from "./messages";
import { processIO, type CliIO } from "./io";
import { version } from "./version";
import { installNativeZlib } from "../hosts/xlsx/native-zlib";
import { setV8Flags } from "./node-v8-flags";
import { nodeZlib } from "./node-zlib";

type Command = (argv: string[], io: CliIO, lang: Lang) => Promise<number>;

/**
 * Each command is loaded when it is run, not at start: `validate` then loads neither the writers, the report
 * nor the Word host, which would be most of its time for one file.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import("./commands/validate")).validateCommand,
  template: async () => (await import("./commands/template")).templateCommand,
  criteria: async () => (await import("./commands/criteria")).criteriaCommand,
  consolidate: async () => (await import("./commands/consolidate")).consolidateCommand,
  report: async () => (await import("./commands/report")).reportCommand,
  chase: async () => (await import("./commands/chase")).chaseCommand,
};

/** Runs the `thidua` command line and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  installNativeZlib(nodeZlib);
  setV8Flags();
  const requested = requestedLanguage(argv);
  const lang: Lang = requested === "en" ? "en" : "vi";
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(cliText(lang, "help", { version: version() }));
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-V") {
    io.out(version());
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  try {
    if (!load) throw new UsageError("usage.unknown-command", { command });
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(cliText(lang, "help", { version: version() }));
      return 0;
    }
    if (requested !== undefined && !isLang(requested)) throw new UsageError("usage.bad-lang");
    const run = await load();
    return await run(rest, io, lang);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(cliText(lang, error.key, error.params));
      return 2;
    }
    // A fault of thidua's own: the user gets words, not a stack; whoever fixes it asks for the detail.
    io.err(cliText(lang, "internal-error"));
    if (process.env.THIDUA_DEBUG)
      io.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 2;
  }
}

/** The --lang value if given, looked up before parsing so that even usage errors speak it. */
function requestedLanguage(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  return argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
}
