/**
 * Reading a PQRSD submission from the request: only a form (multipart or urlencoded), never larger than
 * the limit, with attachments whose contents match their names.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { MAX_BODY_BYTES } from "../forms/pqrsd.ts";
import { extensionOf, type FileInfo } from "../forms/validate.ts";
import type { Attachment } from "./store.ts";

export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Submission {
  values: Record<string, string>;
  files: (FileInfo & { bytes: Uint8Array })[];
}

/** Reads at most `limit` bytes of the body; a longer body is refused without reading the rest. */
async function readCapped(req: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw new BodyError(413, "too-large");
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyError(413, "too-large");
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function readSubmission(req: Request, limit = MAX_BODY_BYTES): Promise<Submission> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  const isMultipart = type.startsWith("multipart/form-data");
  const isUrlencoded = type.startsWith("application/x-www-form-urlencoded");
  if (!isMultipart && !isUrlencoded) throw new BodyError(415, "not-a-form");
  const bytes = await readCapped(req, limit);
  let form: FormData;
  try {
    form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": req.headers.get("content-type")! } }).formData();
  } catch {
    throw new BodyError(400, "not-a-form");
  }
  const values: Record<string, string> = {};
  const files: Submission["files"] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      // A repeated field keeps its first value: the form never sends one twice.
      if (!(name in values)) values[name] = value;
    } else if (name === "adjuntos") {
      if (value.name === "" && value.size === 0) continue;
      files.push({ name: safeFileName(value.name), size: value.size, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  return { values, files };
}

/** A file name as the citizen gave it, without any path, control characters or quotes. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001F\u007F"<>|:*?]/g, "").trim().slice(0, 120);
  return clean || "adjunto";
}

const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  pdf: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  png: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  jpg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  // DOCX, XLSX and ODT are ZIP archives.
  docx: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  xlsx: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
  odt: (b) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04,
};

const MIME: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  odt: "application/vnd.oasis.opendocument.text",
};

/**
 * The browser only sees a file's name; the server also reads its first bytes, so a program renamed
 * «.pdf» is refused. Returns the name of the first file that is not what its name says.
 */
export function mislabelledFile(files: Submission["files"]): string | undefined {
  return files.find((f) => !SIGNATURES[extensionOf(f.name)]?.(f.bytes))?.name;
}

export function toAttachments(files: Submission["files"]): Attachment[] {
  return files.map((f) => ({
    name: f.name,
    // The type is ours, from the checked extension, never the one the client sent.
    type: MIME[extensionOf(f.name)] ?? "application/octet-stream",
    bytes: f.bytes,
    sha256: createHash("sha256").update(f.bytes).digest("hex"),
  }));
}

/** The moment the form was opened, signed so that it cannot be forged: `<ms>.<hmac>`. */
export function signStart(secret: string, ms: number): string {
  return `${ms}.${createHmac("sha256", secret).update(`pqrsd-inicio:${ms}`).digest("hex").slice(0, 32)}`;
}

export function readStart(secret: string, token: string | undefined): number | undefined {
  const m = /^(\d{10,16})\.([0-9a-f]{32})$/.exec(token ?? "");
  if (!m) return undefined;
  const expected = signStart(secret, Number(m[1])).split(".")[1]!;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(m[2]!)) ? Number(m[1]) : undefined;
}

export function cookieValue(req: Request, name: string): string | undefined {
  for (const part of (req.headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

/** The client's address as a keyed hash: enough to count a flood, useless to identify anyone. */
export function clientKey(secret: string, ip: string, day: string): string {
  return createHmac("sha256", secret).update(`limite:${day}:${ip}`).digest("hex").slice(0, 24);
}

/**
 * A start token that also names one opened form: `<ms>.<nonce>.<hmac>`. Two people who open a form in
 * the same millisecond get different tokens, so a store keyed by the token (one answer per opened form)
 * never takes one for the other's repeat.
 */
export function signFormStart(secret: string, ms: number, nonce = randomHex(8)): string {
  return `${ms}.${nonce}.${createHmac("sha256", secret).update(`formulario-inicio:${ms}:${nonce}`).digest("hex").slice(0, 32)}`;
}

export function readFormStart(secret: string, token: string | undefined): { ms: number; nonce: string } | undefined {
  const m = /^(\d{10,16})\.([0-9a-f]{16})\.([0-9a-f]{32})$/.exec(token ?? "");
  if (!m) return undefined;
  const expected = signFormStart(secret, Number(m[1]), m[2]).split(".")[2]!;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(m[3]!)) ? { ms: Number(m[1]), nonce: m[2]! } : undefined;
}

function randomHex(bytes: number): string {
  const b = new Uint8Array(bytes);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
}
