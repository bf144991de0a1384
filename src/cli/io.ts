import { printableText } from "./printable";

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  isTTY: boolean;
}

/**
 * Lines to a standard stream. When its reader has gone (`thidua validate DIR | head`), the rest is dropped
 * and the command still finishes (its files written, its exit code kept) instead of dying on Node's
 * unhandled EPIPE with a stack trace.
 */
function linesTo(stream: NodeJS.WriteStream): (text: string) => void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
  // A failed write destroys the stream at once and reports it on the next tick: later writes are skipped.
  return (text) => {
    if (!stream.destroyed) stream.write(printableText(text) + "\n");
  };
}

let terminal: CliIO | undefined;

/** The terminal: whatever a file's name or cells hold, no control character reaches it raw. */
export function processIO(): CliIO {
  terminal ??= {
    out: linesTo(process.stdout),
    err: linesTo(process.stderr),
    isTTY: Boolean(process.stderr.isTTY),
  };
  return terminal;
}
