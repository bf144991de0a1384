/** A small argument parser: positional arguments, "--flag", "--option value" and "--option=value", "-o value". */

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** A mistake in the command line; `key` names its message in the "cli" catalogue. */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

export function parseArgs(argv: string[], valueOptions: string[], flagOptions: string[]): ParsedArgs {
  const aliases: Record<string, string> = { "-o": "--output", "-h": "--help", "-V": "--version" };
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [rawName, inlineValue] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const name = (aliases[rawName] ?? rawName).replace(/^--/, "");
    if (flagOptions.includes(name)) {
      if (inlineValue !== undefined) throw new UsageError("usage.no-value", { option: `--${name}` });
      options.set(name, true);
    } else if (valueOptions.includes(name)) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || (inlineValue === undefined && value.startsWith("-") && value.length > 1)) {
        throw new UsageError("usage.needs-value", { option: `--${name}` });
      }
      options.set(name, value);
    } else {
      throw new UsageError("usage.unknown-option", { option: rawName });
    }
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.options.get(name);
  return typeof value === "string" ? value : undefined;
}

export function intOption(args: ParsedArgs, name: string): number | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError("usage.not-integer", { option: `--${name}`, value });
  return Number(value);
}
