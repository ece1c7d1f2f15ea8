// The "plain Node.js static server" baseline: node:http and node:fs, nothing else. Each request
// looks the file up and streams it from disk, as a minimal static server does; no in-memory cache.
// Usage: node --import tsx scripts/bench/static-server.ts <directory> <port>
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

export function createStaticServer(directory: string): http.Server {
  const root = path.resolve(directory);
  return http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(root, pathname === "/" ? "index.html" : pathname);
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error("not a file");
      response.writeHead(200, {
        "Content-Type": types[path.extname(file)] ?? "application/octet-stream",
        "Content-Length": info.size,
        "Last-Modified": info.mtime.toUTCString(),
      });
      if (request.method === "HEAD") {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    }
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const [directory, port] = process.argv.slice(2);
  if (!directory || !port) {
    console.error("Usage: node --import tsx scripts/bench/static-server.ts <directory> <port>");
    process.exit(64);
  }
  createStaticServer(directory).listen(Number(port), "127.0.0.1", () => {
    console.log(`static files from ${directory} on http://127.0.0.1:${port}`);
  });
}
