import { printableText } from "./printable";

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
}

/** The terminal: whatever a file's name or cells hold, no control character reaches it raw. */
export const processIO: CliIO = {
  out: (text) => process.stdout.write(printableText(text) + "\n"),
  err: (text) => process.stderr.write(printableText(text) + "\n"),
  isTTY: Boolean(process.stderr.isTTY),
};
