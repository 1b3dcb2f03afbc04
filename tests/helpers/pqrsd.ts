/** Filing PQRSD through the emulator as a browser without JavaScript would: plain HTTP. */
import { VALID } from "../forms/cases.ts";

export const PERSONAL_USER = "secretaria";
export const PERSONAL_PASSWORD = "clave de prueba ñandú 2026";

export const basic = (user = PERSONAL_USER, password = PERSONAL_PASSWORD) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/** Opens the form: the image that starts its clock, and the cookie it sets. */
export async function openForm(base: string, ip?: string): Promise<string> {
  const res = await fetch(`${base}/api/pqrsd/inicio.gif`, { headers: ip ? { "x-forwarded-for": ip } : {} });
  if (res.status !== 200) throw new Error(`inicio.gif respondió ${res.status}`);
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

export function formBody(values: Record<string, string | undefined> = VALID, files: File[] = []): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) if (v !== undefined) fd.append(k, v);
  fd.append("sitio_web", "");
  for (const f of files) fd.append("adjuntos", f);
  return fd;
}

export async function post(base: string, body: BodyInit, options: { cookie?: string; ip?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = {};
  if (options.cookie) headers.cookie = options.cookie;
  if (options.ip) headers["x-forwarded-for"] = options.ip;
  if (options.contentType) headers["content-type"] = options.contentType;
  const started = performance.now();
  const res = await fetch(`${base}/api/pqrsd`, { method: "POST", body, headers, redirect: "manual" });
  const ms = performance.now() - started;
  return { res, ms, text: await res.text() };
}

export const pdfFile = (name = "soporte.pdf", size = 2000) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.4\n"));
  return new File([bytes], name, { type: "application/pdf" });
};

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The emulators of the tests run with PQRSD_MIN_SEGUNDOS=1: a person is slower than that. */
export const MIN_SECONDS_IN_TESTS = "1";
export const waitFillTime = () => sleep(1100);
