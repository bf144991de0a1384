import { spawn } from "node:child_process";
import { join } from "node:path";
import { DIST, ROOT } from "./build";

export interface Served {
  /** The start page, http://localhost:PORT/taskpane.html. */
  url: string;
  stop(): Promise<void>;
}

/** Runs `scripts/serve.js` on a free port, as `npm run serve` does, and stops it with SIGTERM. */
export function startServer(): Promise<Served> {
  const child = spawn(process.execPath, [join(ROOT, "scripts", "serve.js"), "--port", "0", "--dir", DIST], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise<Served>((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`scripts/serve.js printed no URL within 10 s: ${out}${err}`));
    }, 10_000);
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      const url = /http:\/\/localhost:\d+\/taskpane\.html/.exec(out)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`scripts/serve.js exited with ${code}: ${out}${err}`));
    });
  });
}
