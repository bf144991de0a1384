import type { CliIO } from "./io";

const WIDTH = 30;

/** A one-line progress bar on stderr, drawn only on a terminal and only for more than one file. */
export function progressBar(io: CliIO, total: number, label: string): (done: number) => void {
  if (!io.isTTY || total < 2) return () => undefined;
  return (done) => {
    const filled = Math.round((done / total) * WIDTH);
    const bar = "█".repeat(filled) + "░".repeat(WIDTH - filled);
    process.stderr.write(`\r${bar} ${done}/${total} ${label}${done === total ? "\n" : ""}`);
  };
}
