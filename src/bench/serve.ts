/** A minimal static file server for the built site, on loopback, used by the bench. */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

export const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Text Netlify's CDN compresses on the way; Pagefind's index files are compressed already. */
const COMPRESSED = new Set([".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt"]);

/** `before` may answer a request itself (the Netlify emulator answers /api/*), or call `next` for the files. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * `compress`: gzip the text files for a client that accepts it, as Netlify does (it sends Brotli when it
 * can, a little smaller still), so that a throttled connection carries what a citizen's would.
 */
export function serveStatic(
  root: string,
  headers: (urlPath: string) => Record<string, string> = () => ({}),
  { compress = false, before }: { compress?: boolean; before?: Middleware } = {},
): Promise<Served> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((req, res) => (before ? before(req, res, () => serveFile(req, res)) : serveFile(req, res)));
  function serveFile(req: IncomingMessage, res: ServerResponse): void {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.join(root, urlPath);
    if (!file.startsWith(root)) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    const extra = headers(urlPath);
    if (!existsSync(file)) {
      const notFound = path.join(root, "404.html");
      res.writeHead(404, { "content-type": MIME[".html"]!, ...extra });
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("404");
      return;
    }
    const type = MIME[path.extname(file)] ?? "application/octet-stream";
    if (compress && COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      res.writeHead(200, { "content-type": type, "content-encoding": "gzip", "content-length": body.length, vary: "Accept-Encoding", ...extra });
      res.end(body);
      return;
    }
    res.writeHead(200, { "content-type": type, "content-length": statSync(file).size, ...extra });
    createReadStream(file).pipe(res);
  }
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}
