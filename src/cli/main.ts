import { isLang, type Lang } from "../core/locale/lang";
import { UsageError } from "./args";
import { cliText } from "./messages";
import { processIO, type CliIO } from "./io";
import { validateCommand } from "./commands/validate";
import { templateCommand } from "./commands/template";
import { criteriaCommand } from "./commands/criteria";
import { consolidateCommand } from "./commands/consolidate";
import { reportCommand } from "./commands/report";
import { chaseCommand } from "./commands/chase";
import { version } from "./version";

type Command = (argv: string[], io: CliIO, lang: Lang) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  template: templateCommand,
  criteria: criteriaCommand,
  consolidate: consolidateCommand,
  report: reportCommand,
  chase: chaseCommand,
};

/** Runs the `thidua` command line and returns the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
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
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError("usage.unknown-command", { command });
    if (rest.includes("--help") || rest.includes("-h")) {
      io.out(cliText(lang, "help", { version: version() }));
      return 0;
    }
    if (requested !== undefined && !isLang(requested)) throw new UsageError("usage.bad-lang");
    return await run(rest, io, lang);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(cliText(lang, error.key, error.params));
      return 2;
    }
    throw error;
  }
}

/** The --lang value if given, looked up before parsing so that even usage errors speak it. */
function requestedLanguage(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return undefined;
  return argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
}
