#!/usr/bin/env node
"use strict";
// `npm run serve [-- --port 8080] [--dir dist]`: the production build on http://localhost, no certificates,
// for the pane in a plain browser (outside Excel). Plain Node http: GET and HEAD of files under the folder.
const fs = require("fs");
const http = require("http");
const path = require("path");

const DEFAULT_PORT = 8080;
const START_PAGE = "/taskpane.html";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function send(res, status, text, headers = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(text);
}

/** The file under `root` a URL path names, or null when it would leave the folder or is malformed. */
function resolveUnder(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const file = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  const relative = path.relative(root, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return file;
}

function handler(root) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      send(res, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
      return;
    }
    const urlPath = (req.url ?? "/").split(/[?#]/)[0];
    if (urlPath === "/") {
      send(res, 302, `Found: ${START_PAGE}\n`, { Location: START_PAGE });
      return;
    }
    const file = resolveUnder(root, urlPath);
    if (!file) {
      send(res, 400, "Bad request\n");
      return;
    }
    // realpath: a symbolic link inside the folder must not lead outside it.
    fs.realpath(file, (error, real) => {
      const relative = error ? ".." : path.relative(root, real);
      if (relative.startsWith("..") || path.isAbsolute(relative)) {
        send(res, 404, "Not found\n");
        return;
      }
      fs.stat(real, (statError, stat) => {
        if (statError || !stat.isFile()) {
          send(res, 404, "Not found\n");
          return;
        }
        res.writeHead(200, {
          "Content-Type": MIME[path.extname(real).toLowerCase()] ?? "application/octet-stream",
          "Content-Length": stat.size,
          "Cache-Control": "no-cache",
          "X-Content-Type-Options": "nosniff",
        });
        if (req.method === "HEAD") res.end();
        else
          fs.createReadStream(real)
            .on("error", () => res.destroy())
            .pipe(res);
      });
    });
  };
}

/**
 * Serves `dir` on http://localhost:`port` (0: any free port). Resolves with the URL of the start page
 * and a close function, once listening.
 */
function serve({ dir = "dist", port = DEFAULT_PORT, host = "localhost" } = {}) {
  const root = fs.realpathSync(path.resolve(dir));
  const server = http.createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://localhost:${address.port}${START_PAGE}`,
        close: () => new Promise((done) => server.close(() => done())),
        server,
      });
    });
  });
}

function parse(argv) {
  const args = { port: Number(process.env.PORT ?? DEFAULT_PORT), dir: "dist" };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--port") args.port = Number(value());
    else if (flag === "--dir") args.dir = value();
    else throw new Error(`unknown argument ${argv[i]} (use --port N, --dir FOLDER)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535)
    throw new Error("--port needs 0-65535");
  return args;
}

async function cli() {
  let args;
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(args.dir, START_PAGE))) {
    console.error(`${path.join(args.dir, START_PAGE)} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
  const { url, close, server } = await serve(args).catch((error) => {
    console.error(`Cannot listen on port ${args.port}: ${error.message}`);
    process.exit(1);
  });
  // Keep-alive connections from an open browser tab would hold close() open.
  const stop = () => {
    server.closeAllConnections();
    void close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  console.log(`Thi đua: ${url}`);
  console.log("Nothing leaves this computer: the files you open are read in the browser. Ctrl+C stops.");
}

if (require.main === module) void cli();

module.exports = { serve };
