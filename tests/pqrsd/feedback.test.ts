/**
 * «¿Le fue útil esta página?»: the definition, the one-vote-per-view key, the summary, and the handler
 * against a real local Blobs server with a clock of its own (bad input, floods, repeats, failures).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createElement } from "react";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { correctBlobsServer } from "../../src/dev/netlify.ts";
import { FEEDBACK_COMMENT_MAX, FEEDBACK_FORM } from "../../src/forms/feedback.ts";
import { validateForm } from "../../src/forms/validate.ts";
import { handleFeedback, isPagePath } from "../../src/functions/feedback.ts";
import { handleStaff } from "../../src/functions/pqrsd-staff.ts";
import type { Deps } from "../../src/functions/pqrsd.ts";
import { feedbackKey, listVotes, summarize, viewId, type StoredVote } from "../../src/pqrsd/feedback.ts";
import { hashPassword } from "../../src/pqrsd/auth.ts";
import type { BlobStore } from "../../src/pqrsd/store.ts";
import { staticMarkup } from "../../src/routes/render.ts";
import { PageFeedback } from "../../layouts/components/PageFeedback.tsx";
import { basic } from "../helpers/pqrsd.ts";

describe("el formulario", () => {
  it("pide Sí o No, y el comentario es opcional hasta su límite", () => {
    expect(validateForm(FEEDBACK_FORM, { util: "si" })).toEqual({ errors: [], data: { util: "si" }, choices: {} });
    expect(validateForm(FEEDBACK_FORM, { util: "no", opinion: "  Falta el horario  " }).data).toEqual({ util: "no", opinion: "Falta el horario" });
    expect(validateForm(FEEDBACK_FORM, { opinion: "x" }).errors).toEqual([{ field: "util", message: "Elija «Sí» o «No» para decirnos si esta página le fue útil" }]);
    expect(validateForm(FEEDBACK_FORM, { util: "quizá" }).errors[0]!.field).toBe("util");
    const long = validateForm(FEEDBACK_FORM, { util: "si", opinion: "a".repeat(FEEDBACK_COMMENT_MAX + 1) });
    expect(long.errors).toEqual([{ field: "opinion", message: `«¿Qué podemos mejorar? (opcional)» puede tener como máximo ${FEEDBACK_COMMENT_MAX} caracteres; tiene ${FEEDBACK_COMMENT_MAX + 1}` }]);
  });

  it("solo acepta direcciones de páginas del sitio, nunca de otro sitio ni fuera de la carpeta", () => {
    for (const ok of ["/", "/noticias/una-noticia/", "/normativa/decreto-045-2008/"]) expect(isPagePath(ok)).toBe(true);
    for (const bad of ["", "noticias/", "//evil.example/", "https://evil.example/", "/../x/", "/a/../", "/a/./", "/a", "/a/?x=1", "/a b/", "/a\\b/", `/${"a".repeat(300)}/`, "/%2e%2e/"])
      expect(isPagePath(bad), bad).toBe(false);
  });
});

describe("una vista, un voto", () => {
  it("la clave depende del cliente, la página y la ventana de tiempo, y nada más", () => {
    const a = viewId("s", "c1", "/x/", "202612021010");
    expect(viewId("s", "c1", "/x/", "202612021010")).toBe(a);
    expect(new Set([a, viewId("s", "c2", "/x/", "202612021010"), viewId("s", "c1", "/y/", "202612021010"), viewId("s", "c1", "/x/", "202612021020"), viewId("t", "c1", "/x/", "202612021010")]).size).toBe(5);
    expect(feedbackKey("2026-12", "/x/", a)).toMatch(/^utilidad\/2026-12\/[0-9a-f]{16}\/[0-9a-f]{24}$/);
  });
});

describe("el resumen mensual", () => {
  it("cuenta sí, no, porcentaje útil y comentarios por mes y página", () => {
    const v = (month: string, page: string, vote: "si" | "no", comment?: string): StoredVote => ({ month, page, vote, comment, at: `${month}-01T10:00:00-05:00`, formVersion: "1" });
    const rows = summarize([v("2026-11", "/a/", "si"), v("2026-12", "/a/", "si"), v("2026-12", "/a/", "no", "falta"), v("2026-12", "/a/", "si"), v("2026-12", "/b/", "no")]);
    expect(rows).toEqual([
      { month: "2026-12", page: "/a/", yes: 2, no: 1, usefulPercent: 66.7, comments: 1 },
      { month: "2026-12", page: "/b/", yes: 0, no: 1, usefulPercent: 0, comments: 0 },
      { month: "2026-11", page: "/a/", yes: 1, no: 0, usefulPercent: 100, comments: 0 },
    ]);
  });
});

// --- The handler ---------------------------------------------------------------------------------

let dir: string;
let server: BlobsServer;
let store: BlobStore;
let clock = DateTime.fromISO("2026-12-02T10:00:00", { zone: "America/Bogota" });
let logs: string[] = [];
let fetched: string[] = [];
const PAGE = "/noticias/una-noticia/";
const OTHER = "/planes/plan-gel/";
const pageHtml = (page: string) =>
  `<!DOCTYPE html>\n<html lang="es-CO"><head><title>Una noticia — Alcaldía</title></head><body><main id="contenido"><h1>Una noticia</h1><p>Texto.</p>${staticMarkup(createElement(PageFeedback, { page }))}</main></body></html>`;
const SITE: Record<string, string> = {
  [PAGE]: pageHtml(PAGE),
  [OTHER]: pageHtml(OTHER),
  // A page that exists but has no feedback form (the PQRSD form, a listing).
  "/buscar/": "<!DOCTYPE html><html><head><title>Buscar</title></head><body><main><h1>Buscar</h1></main></body></html>",
};

beforeAll(async () => {
  correctBlobsServer();
  dir = mkdtempSync(path.join(tmpdir(), "utilidad-manejador-"));
  server = new BlobsServer({ directory: dir, token: "t" });
  const { port } = await server.start();
  store = getStore({ name: "u", siteID: "u", token: "t", edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}` } as never);
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const prefix of ["utilidad/", "utilidad-limite/"]) for (const b of (await store.list({ prefix })).blobs) await store.delete(b.key);
  logs = [];
  fetched = [];
});

const fetchSite = async (p: string) => {
  fetched.push(p);
  return SITE[p] ? new Response(SITE[p], { headers: { "content-type": "text/html" } }) : new Response("no existe", { status: 404 });
};
const deps = (over: Partial<Deps> = {}): Deps => ({ store, env: { UTILIDAD_LIMITE_POR_HORA: "5" }, now: () => clock, ip: "10.0.0.1", fetchSite, log: (l) => logs.push(l), ...over });

function body(values: Record<string, string>): URLSearchParams {
  return new URLSearchParams({ pagina: PAGE, sitio_web: "", ...values });
}
const send = (values: Record<string, string>, over: Partial<Deps> = {}) =>
  handleFeedback(new Request("https://alcaldia.example/api/participa/utilidad", { method: "POST", body: body(values) }), deps(over));
const votes = async () => (await store.list({ prefix: "utilidad/" })).blobs.map((b) => b.key);

describe("el manejador", () => {
  it("registra un voto y redirige a la página con el agradecimiento en lugar del formulario", async () => {
    const res = await send({ util: "si", opinion: "Faltan los horarios de la biblioteca" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/api/participa/utilidad/gracias?pagina=${encodeURIComponent(PAGE)}#utilidad`);
    expect(res.headers.get("set-cookie")).toBeNull();
    const stored = await listVotes(store);
    expect(stored).toEqual([{ month: "2026-12", page: PAGE, vote: "si", comment: "Faltan los horarios de la biblioteca", at: clock.toISO(), formVersion: FEEDBACK_FORM.version }]);
    const thanks = await handleFeedback(new Request(`https://alcaldia.example${res.headers.get("location")!.split("#")[0]}`), deps());
    expect(thanks.status).toBe(200);
    const html = await thanks.text();
    expect(html).toMatch(/<title>Gracias por su respuesta — Una noticia — Alcaldía<\/title>/);
    expect(html).toContain("<h1>Una noticia</h1>");
    expect(html).toContain("Gracias por su respuesta</h2>");
    expect(html).not.toContain("data-utilidad");
  });

  it("la misma vista enviada dos veces (doble clic, recarga, volver atrás) cuenta una vez; otra vista cuenta aparte", async () => {
    expect((await send({ util: "si" })).status).toBe(303);
    expect((await send({ util: "no" })).status).toBe(303);
    expect(await votes()).toHaveLength(1);
    expect((await listVotes(store))[0]!.vote).toBe("si");
    expect(logs).toContain("[utilidad] respuesta repetida de la misma vista: cuenta una vez");
    // Another page, another client, or the same client later: other views.
    await send({ util: "no", pagina: OTHER });
    await send({ util: "no" }, { ip: "10.0.0.2" });
    const later = clock.plus({ minutes: 10 });
    await send({ util: "no" }, { now: () => later });
    expect(await votes()).toHaveLength(4);
  });

  it("un comentario más largo que el límite vuelve con el resumen de errores y lo escrito, y no guarda nada", async () => {
    const comment = "Texto largo ".repeat(60);
    const res = await send({ util: "no", opinion: comment });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(/<title>Error: Una noticia/);
    expect(html).toContain('class="resumen-errores"');
    expect(html).toContain(`puede tener como máximo ${FEEDBACK_COMMENT_MAX} caracteres; tiene ${comment.trim().length}`);
    expect(html).toContain('href="#campo-opinion"');
    expect(html).toContain(comment.trim());
    expect(html).toMatch(/id="campo-util-no"[^>]*checked/);
    expect(await votes()).toEqual([]);
  });

  it("sin respuesta Sí/No pide elegir una", async () => {
    const res = await send({ opinion: "hola" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Elija «Sí» o «No»");
    expect(await votes()).toEqual([]);
  });

  it("una dirección que no es una página del sitio con el formulario se rechaza sin guardar nada", async () => {
    for (const pagina of ["/no-existe/", "/buscar/", "//evil.example/", "https://evil.example/", "/../etc/passwd/", "", "/noticias/una-noticia"]) {
      const res = await send({ util: "si", pagina });
      expect(res.status, pagina).toBe(422);
      expect(await res.text()).toContain("no es una página del portal que recoja opiniones");
    }
    // Only well-formed paths of the site were ever asked for (and the PQRSD page, for the shell).
    expect(fetched.filter((p) => p !== "/atencion-al-ciudadano/pqrsd/").sort()).toEqual(["/buscar/", "/no-existe/"]);
    expect(await votes()).toEqual([]);
  });

  it("el campo trampa lleno no guarda nada", async () => {
    const res = await send({ util: "si", sitio_web: "http://spam.example" });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("Deje vacío el campo «Deje este campo vacío»");
    expect(await votes()).toEqual([]);
  });

  it("una avalancha desde la misma conexión recibe 429 en español y no guarda nada", async () => {
    for (let i = 0; i < 5; i++) expect((await send({ util: "si" }, { now: () => clock.plus({ minutes: 10 * i }) })).status).toBe(303);
    const res = await send({ util: "no", opinion: "otra" }, { now: () => clock.plus({ minutes: 55 }) });
    expect(res.status).toBe(429);
    const html = await res.text();
    expect(html).toContain("Desde esta conexión se han enviado muchas respuestas en la última hora");
    expect(html).toContain(">otra</textarea>");
    expect(await votes()).toHaveLength(5);
    // Another connection is not held back.
    expect((await send({ util: "no" }, { ip: "10.9.9.9" })).status).toBe(303);
  });

  it("lo que no es un formulario, o es demasiado grande, se rechaza sin leerlo ni guardarlo", async () => {
    const json = await handleFeedback(new Request("https://alcaldia.example/api/participa/utilidad", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }), deps());
    expect(json.status).toBe(415);
    const big = await send({ util: "si", opinion: "x".repeat(20_000) });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("escriba un comentario más corto");
    expect(await votes()).toEqual([]);
  });

  it("si la tienda falla, lo dice, conserva lo escrito y no deja nada a medias", async () => {
    const failing = new Proxy(store, {
      get: (t, name) => (name === "set" ? (key: string, ...rest: unknown[]) => (key.startsWith("utilidad/") ? Promise.reject(new Error("500")) : (t.set as (...a: unknown[]) => unknown)(key, ...rest)) : (t as never)[name]),
    });
    const res = await send({ util: "no", opinion: "No encontré el decreto" }, { store: failing as BlobStore });
    expect(res.status).toBe(503);
    const html = await res.text();
    expect(html).toContain("no quedó guardada");
    expect(html).toContain("No encontré el decreto</textarea>");
    expect(await votes()).toEqual([]);
  });

  it("los registros no contienen la página, la respuesta ni el comentario", async () => {
    await send({ util: "si", opinion: "Mi vecina Rosalba dice que falta el mapa" });
    await send({ util: "no", opinion: "x".repeat(600) });
    await send({ util: "si", pagina: "/no-existe/" });
    const text = logs.join("\n");
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of ["Rosalba", "xxxxxxxx", PAGE, "una-noticia", "no-existe", "10.0.0.1"]) expect(text).not.toContain(secret);
  });

  it("cien votos a la vez de cien vistas cuentan cien; cien envíos de una misma vista cuentan uno", async () => {
    const many = await Promise.all(Array.from({ length: 100 }, (_, i) => send({ util: i % 3 ? "si" : "no" }, { ip: `10.1.${Math.floor(i / 200)}.${i + 1}` })));
    expect(many.map((r) => r.status)).toEqual(Array(100).fill(303));
    expect(await votes()).toHaveLength(100);
    const same = await Promise.all(Array.from({ length: 100 }, () => send({ util: "si" }, { ip: "10.2.0.1", env: { UTILIDAD_LIMITE_POR_HORA: "1000" } })));
    expect(same.map((r) => r.status)).toEqual(Array(100).fill(303));
    expect(await votes()).toHaveLength(101);
    const rows = summarize(await listVotes(store));
    expect(rows).toEqual([{ month: "2026-12", page: PAGE, yes: 67, no: 34, usefulPercent: 66.3, comments: 0 }]);
  });
});

/** Response.text() drops the BOM; the spreadsheet needs it, so read the bytes as they are. */
const rawText = async (r: Response) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await r.arrayBuffer());

describe("los CSV del comité", () => {
  const env = { PQRSD_PERSONAL: `ana:${hashPassword("clave larga del comité")}` };
  const auth = { authorization: basic("ana", "clave larga del comité") };
  const untouchable = new Proxy({} as BlobStore, {
    get: (_t, name) => () => {
      throw new Error(`la tienda se leyó (${String(name)}) sin credenciales`);
    },
  });

  it("sin credenciales no se lee nada", async () => {
    for (const p of ["utilidad-resumen.csv", "utilidad-comentarios.csv?mes=2026-12"]) {
      const res = await handleStaff(new Request(`https://x/api/pqrsd/personal/${p}`), { store: untouchable, env });
      expect(res.status).toBe(401);
      expect(await res.text()).not.toContain("pagina");
      expect((await handleStaff(new Request(`https://x/api/pqrsd/personal/${p}`), { store: untouchable, env: {} })).status).toBe(503);
    }
  });

  it("con credenciales da el resumen por mes y página y los comentarios", async () => {
    await send({ util: "si", opinion: "=HYPERLINK(\"http://x\")" });
    await send({ util: "no" }, { ip: "10.0.0.2" });
    await send({ util: "no", pagina: OTHER, opinion: "Falta el PDF, por favor" });
    const nov = DateTime.fromISO("2026-11-20T09:00:00", { zone: "America/Bogota" });
    await send({ util: "si" }, { now: () => nov });
    const summary = await handleStaff(new Request("https://x/api/pqrsd/personal/utilidad-resumen.csv", { headers: auth }), { store, env });
    expect(summary.status).toBe(200);
    expect(summary.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(summary.headers.get("cache-control")).toContain("no-store");
    expect(await rawText(summary)).toBe(`\uFEFFmes,pagina,si,no,porcentaje_util,comentarios\r\n2026-12,${PAGE},1,1,"50,0",1\r\n2026-12,${OTHER},0,1,"0,0",1\r\n2026-11,${PAGE},1,0,"100,0",0\r\n`);
    const dec = await handleStaff(new Request("https://x/api/pqrsd/personal/utilidad-resumen.csv?mes=2026-11", { headers: auth }), { store, env });
    expect((await dec.text()).split("\r\n").slice(1, -1)).toEqual([`2026-11,${PAGE},1,0,"100,0",0`]);
    const comments = await rawText(await handleStaff(new Request("https://x/api/pqrsd/personal/utilidad-comentarios.csv", { headers: auth }), { store, env }));
    expect(comments.split("\r\n").slice(0, 3)).toEqual([
      "\uFEFFmes,fecha,pagina,respuesta,comentario",
      expect.stringMatching(/^2026-12,2026-12-02 10:00,\/(noticias|planes)\//),
      expect.stringMatching(/^2026-12,2026-12-02 10:00,\/(noticias|planes)\//),
    ]);
    expect(comments).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(comments).toContain(`${OTHER},No,"Falta el PDF, por favor"`);
    const bad = await handleStaff(new Request("https://x/api/pqrsd/personal/utilidad-resumen.csv?mes=diciembre", { headers: auth }), { store, env });
    expect(bad.status).toBe(422);
  });
});
