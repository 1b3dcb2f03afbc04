/**
 * Netlify's own emulator (@netlify/dev) for the dev server and the tests: it runs the functions of
 * netlify/functions/ (each call in a fresh worker thread, as a fresh Lambda) and a local Blobs store in
 * `.netlify/blobs-serve/`. The dev server hands it every request under /api/.
 *
 * Two things of the emulator are corrected here, before it starts (seen with @netlify/blobs 10.7.13):
 * - Its Blobs server checks a conditional write (`onlyIfNew`, `onlyIfMatch`) and then writes, with awaits
 *   between the two: of 50 concurrent `onlyIfNew` writes to one key, 7 to 50 reported success. Netlify's
 *   service does the same write atomically (netlify/primitives#303), and the radicado depends on it, so
 *   writes to one key of the local store are applied one at a time, which is what atomic means.
 * - It listens on every network interface; here it listens on 127.0.0.1 only.
 * - Its functions runtime (@netlify/functions-dev 1.3) reads a request body as UTF-8 text and then marks
 *   it base64 for any type but text, JSON or urlencoded: a multipart upload reached the function garbled.
 *   On Netlify the body arrives intact; here such a body is handed to the emulator already in base64,
 *   so the function gets the bytes the browser sent.
 * - Like Netlify, a request body over 6 MB is refused before it reaches a function (413).
 */
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { Readable } from "node:stream";
import { BlobsServer } from "@netlify/blobs/server";
import { NetlifyDev } from "@netlify/dev";

type BlobsServerInternals = {
  address: string;
  server?: { stop(): Promise<void> };
  handleRequest(req: Request): Promise<Response>;
  put(req: Request): Promise<Response>;
  getLocalPaths(url: URL): { key?: string };
};

/** For tests: a write whose key matches fails with a 500, as a storage outage would. */
let writeFault: ((key: string) => boolean) | undefined;
export function setBlobWriteFault(fault: ((key: string) => boolean) | undefined): void {
  writeFault = fault;
}

let patched = false;
let emulatorCorrections = true;
/** For the test that shows why the correction exists: the emulator as it ships. */
export function useEmulatorAsShipped(): void {
  emulatorCorrections = false;
}

/** Applies the corrections to every Blobs server started from now on (also one a test or the build starts). */
export function correctBlobsServer(): void {
  emulatorCorrections = true;
  patchBlobsServer();
}

function patchBlobsServer(): void {
  if (patched) return;
  patched = true;
  const proto = BlobsServer.prototype as unknown as BlobsServerInternals;
  const originalPut = proto.put;
  // One conditional write at a time per key: what makes check-and-write atomic, without queueing the rest.
  const queues = new Map<string, Promise<unknown>>();
  proto.put = function (this: BlobsServerInternals, req: Request): Promise<Response> {
    const key = this.getLocalPaths(new URL(req.url, this.address)).key ?? "";
    if (writeFault?.(decodeURIComponent(key))) return Promise.resolve(new Response(null, { status: 500 }));
    // Only a conditional write has a check to keep together with its write; others run as shipped.
    const conditional = req.headers.has("if-none-match") || req.headers.has("if-match");
    if (!emulatorCorrections || !conditional) return originalPut.call(this, req);
    const id = new URL(req.url, this.address).pathname;
    const run = (queues.get(id) ?? Promise.resolve()).then(() => originalPut.call(this, req));
    const settled = run.catch(() => undefined);
    queues.set(id, settled);
    void settled.then(() => {
      if (queues.get(id) === settled) queues.delete(id);
    });
    return run;
  };
  const originalStart = (proto as unknown as { start(): Promise<unknown> }).start;
  (proto as unknown as { start(): Promise<unknown> }).start = async function (this: BlobsServerInternals & { directory: string }) {
    if (!emulatorCorrections) return originalStart.call(this);
    const { mkdir } = await import("node:fs/promises");
    await mkdir(this.directory, { recursive: true });
    const server = http.createServer((req, res) => void sendResponse(res, this.handleRequest(toWebRequest(req, "http://127.0.0.1"))));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    this.address = `http://127.0.0.1:${port}`;
    this.server = { stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    return { address: this.address, family: "ipv4", port };
  };
}

/** A Node request as a web Request, with its body streamed. */
export function toWebRequest(req: IncomingMessage, origin: string, extraHeaders: Record<string, string> = {}): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // @ts-expect-error: Node's fetch needs this for a streamed request body.
    duplex: hasBody ? "half" : undefined,
  });
}

/** Writes a web Response to a Node response, keeping every Set-Cookie header. */
export async function sendResponse(res: ServerResponse, pending: Promise<Response> | Response): Promise<void> {
  let response: Response;
  try {
    response = await pending;
  } catch (error) {
    console.error(`[netlify] ${(error as Error)?.stack ?? error}`);
    res.writeHead(502, { "content-type": "text/plain; charset=utf-8" }).end("Error del emulador de Netlify");
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
  body.on("error", () => res.destroy());
  body.pipe(res);
}

/** Netlify Functions take at most 6 MB of request body (AWS Lambda's limit). */
export const PLATFORM_BODY_LIMIT = 6 * 1024 * 1024;

/** The types the emulator passes as text; every other body it takes for base64 (@netlify/dev-utils). */
function needsBase64(contentType: string | null): boolean {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (!type) return true;
  if (type.startsWith("text/") || type.endsWith("+json") || type.endsWith("+xml")) return false;
  return !["application/csp-report", "application/graphql", "application/json", "application/javascript", "application/x-www-form-urlencoded", "application/x-ndjson", "application/xml"].includes(type);
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array | undefined> {
  const reader = request.body!.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export interface NetlifyEmulator {
  /** Connect-style middleware: /api/* goes to the functions, anything else to `next`. */
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** Handles a request (any path the functions declare); resolves false if no function matched. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  stop(): Promise<void>;
}

export interface EmulatorOptions {
  projectRoot: string;
}

export async function startNetlifyEmulator({ projectRoot }: EmulatorOptions): Promise<NetlifyEmulator> {
  patchBlobsServer();
  const dev = new NetlifyDev({
    projectRoot: path.resolve(projectRoot),
    serverAddress: null,
    functions: { enabled: true },
    blobs: { enabled: true },
    environmentVariables: { enabled: true },
    staticFiles: { enabled: false },
    edgeFunctions: { enabled: false },
    redirects: { enabled: false },
    headers: { enabled: false },
    images: { enabled: false },
    geolocation: { enabled: false },
    aiGateway: { enabled: false },
    database: { enabled: false },
  });
  await dev.start();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const host = req.headers.host ?? "127.0.0.1";
    // On Netlify the edge sets the client's address; locally it is the socket's, unless a test (or a
    // proxy in front) says otherwise.
    const forwarded = req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "";
    let request = toWebRequest(req, `http://${host}`, { "x-forwarded-for": String(forwarded) });
    if (request.body && needsBase64(request.headers.get("content-type"))) {
      const bytes = await readAtMost(request, PLATFORM_BODY_LIMIT);
      if (!bytes) {
        res.writeHead(413, { "content-type": "text/plain; charset=utf-8" }).end("Payload too large");
        return true;
      }
      request = new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.from(bytes).toString("base64") });
    }
    const result = await dev.handleAndIntrospect(request, { serverAddress: `http://${host}` });
    if (!result) return false;
    await sendResponse(res, result.response);
    return true;
  }

  return {
    handle,
    middleware(req, res, next) {
      if (!(req.url ?? "").startsWith("/api/")) return next();
      handle(req, res)
        .then((matched) => {
          if (!matched) res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("No existe esa dirección de la API");
        })
        .catch((error: Error) => {
          // The emulator's own failure (a function that does not compile, a crash): its message, never a request body.
          console.error(`[netlify] ${error?.stack ?? error}`);
          if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" }).end("Error del emulador de Netlify");
        });
    },
    stop: () => dev.stop(),
  };
}

export interface LocalServerSide {
  /** Ready to pass to the dev server at once; requests wait until the emulator has started. */
  middleware(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  stop(): Promise<void>;
}

/**
 * What `npm start` runs besides the site: the emulator, and what production gets from Netlify's settings.
 * Without PQRSD_SMTP_HOST a local SMTP server receives the notices (and prints their subject, which
 * carries no personal data); without PQRSD_PERSONAL a staff password is made for this session only.
 */
export function startLocalServerSide(projectRoot: string, log: (line: string) => void = console.log): LocalServerSide {
  const ready = (async () => {
    let sink: { close(cb: () => void): void } | undefined;
    if (!process.env.PQRSD_SMTP_HOST) {
      const { startMailSink } = await import("./mail-sink.ts");
      const s = await startMailSink((mail) => log(`[pqrsd] aviso por correo recibido en el servidor SMTP local: «${mail.subject}»`));
      process.env.PQRSD_SMTP_HOST = "127.0.0.1";
      process.env.PQRSD_SMTP_PORT = String(s.port);
      process.env.PQRSD_SMTP_SECURE = "false";
      sink = s.server;
    }
    if (!process.env.PQRSD_PERSONAL) {
      const { randomBytes } = await import("node:crypto");
      const { hashPassword } = await import("../pqrsd/auth.ts");
      const password = randomBytes(9).toString("base64url");
      process.env.PQRSD_PERSONAL = `personal:${hashPassword(password)}`;
      log(`[pqrsd] área del personal en /api/pqrsd/personal/: usuario «personal», contraseña «${password}» (solo para esta sesión)`);
    }
    const emulator = await startNetlifyEmulator({ projectRoot });
    return { emulator, sink };
  })();
  ready.catch((error: Error) => log(`[netlify] el emulador no arrancó: ${error.message}`));
  return {
    middleware(req, res, next) {
      if (!(req.url ?? "").startsWith("/api/")) return next();
      ready.then(({ emulator }) => emulator.middleware(req, res, next)).catch(() => res.writeHead(503).end("El emulador de Netlify no arrancó"));
    },
    async stop() {
      const { emulator, sink } = await ready.catch(() => ({ emulator: undefined, sink: undefined }));
      await emulator?.stop().catch(() => undefined);
      sink?.close(() => undefined);
    },
  };
}
