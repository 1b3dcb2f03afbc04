/**
 * Staff credentials live in Netlify's environment variables, never in the repository: `PQRSD_PERSONAL`
 * lists `usuario:scrypt$sal$huella` entries separated by spaces (made with `npm run pqrsd:clave`), so not
 * even the variable holds a password. The browser sends them with HTTP Basic authentication over HTTPS.
 */
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

const SCRYPT = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export function hashPassword(password: string, salt = randomBytes(16)): string {
  const hash = scryptSync(password.normalize("NFC"), salt, KEY_LENGTH, SCRYPT);
  return `scrypt$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = scryptSync(password.normalize("NFC"), Buffer.from(salt, "base64url"), expected.length || KEY_LENGTH, SCRYPT);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function parseStaff(value: string | undefined): Map<string, string> {
  const users = new Map<string, string>();
  for (const entry of (value ?? "").split(/[\s,]+/)) {
    const at = entry.indexOf(":");
    if (at > 0) users.set(entry.slice(0, at), entry.slice(at + 1));
  }
  return users;
}

export type AuthResult = { ok: true; user: string } | { ok: false; reason: "not-configured" | "missing" | "wrong" };

export function authenticate(req: Request, staff: Map<string, string>): AuthResult {
  if (staff.size === 0) return { ok: false, reason: "not-configured" };
  const header = req.headers.get("authorization") ?? "";
  const m = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header);
  if (!m) return { ok: false, reason: "missing" };
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const at = decoded.indexOf(":");
  if (at <= 0) return { ok: false, reason: "wrong" };
  const user = decoded.slice(0, at);
  const stored = staff.get(user);
  // Hash even for an unknown user, so the answer takes as long either way.
  const ok = verifyPassword(decoded.slice(at + 1), stored ?? "scrypt$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  return ok && stored ? { ok: true, user } : { ok: false, reason: "wrong" };
}
