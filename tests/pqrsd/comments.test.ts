/**
 * The comments function with a clock of its own, against a real local Blobs server, and the draft's page
 * and window served as the built site serves them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { correctBlobsServer } from "../../src/dev/netlify.ts";
import { handleComments } from "../../src/functions/comments.ts";
import { handleStaff } from "../../src/functions/pqrsd-staff.ts";
import { hashPassword } from "../../src/pqrsd/auth.ts";
import type { Deps } from "../../src/functions/pqrsd.ts";
import { listComments } from "../../src/pqrsd/comments.ts";
import type { BlobStore } from "../../src/pqrsd/store.ts";

let dir: string;
let server: BlobsServer;
let store: BlobStore;
let clock: DateTime;
let logs: string[] = [];
let siteDown = false;

const DRAFT = "2026-ventas-parque";
const WINDOW = { id: DRAFT, title: "Proyecto de decreto de ventas en el parque", url: `/participa/proyectos/${DRAFT}/`, opens: "2026-11-27T08:00:00.000-05:00", closes: "2026-12-11T18:00:00.000-05:00", office: "Secretaría de Gobierno" };
const PAGE = `<!DOCTYPE html><html lang="es-CO"><head><title>${WINDOW.title} — Alcaldía</title></head><body><main><h1>${WINDOW.title}</h1><p>Texto del proyecto.</p><template id="comentario-inicio"></template><form>el formulario del sitio</form><template id="comentario-fin"></template></main></body></html>`;

/** The built site as the function reads it: the draft's page, its window, and the channel's facts. */
async function fetchSite(p: string): Promise<Response> {
  if (siteDown) return new Response("caído", { status: 502 });
  if (p === WINDOW.url) return new Response(PAGE, { headers: { "content-type": "text/html" } });
  if (p === `${WINDOW.url}ventana.json`) return Response.json(WINDOW);
  if (p === "/atencion-al-ciudadano/pqrsd/canal.json") return Response.json({ entity: "Alcaldía Municipal de Palmar", email: "contacto@palmar.example", phones: [], address: "Calle 5", hours: [] });
  return new Response("no existe", { status: 404 });
}

beforeAll(async () => {
  correctBlobsServer();
  dir = mkdtempSync(path.join(tmpdir(), "comentarios-"));
  server = new BlobsServer({ directory: dir, token: "t" });
  const { port } = await server.start();
  store = getStore({ name: "c", siteID: "c", token: "t", edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}` } as never);
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  clock = DateTime.fromISO("2026-12-02T10:00:00", { zone: "America/Bogota" });
  logs = [];
  siteDown = false;
  const { blobs } = await store.list();
  await Promise.all(blobs.map((b) => store.delete(b.key)));
});

let ip = 1;
const deps = (env: Record<string, string> = {}): Deps => ({ store, env, now: () => clock, ip: `10.0.1.${ip}`, log: (l) => logs.push(l), fetchSite });

async function open(d = deps()): Promise<string> {
  const res = await handleComments(new Request("https://alcaldia.example/api/participa/comentarios/inicio.gif"), d);
  expect(res.headers.get("content-type")).toBe("image/gif");
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

const GOOD = { proyecto: DRAFT, comentario: "Propongo que el artículo 2 deje libre también la esquina de la droguería.", identificacion: "anonimo", sitio_web: "" };

function submit(values: Record<string, string>, cookie: string | undefined, d = deps()): Promise<Response> {
  const body = new URLSearchParams(values);
  return handleComments(new Request("https://alcaldia.example/api/participa/comentarios", { method: "POST", body, headers: cookie ? { cookie } : {} }), d);
}

/** Opens the form, waits as a person would, and sends it. */
async function comment(values: Record<string, string> = GOOD, d = deps()): Promise<Response> {
  const cookie = await open(d);
  clock = clock.plus({ seconds: 30 });
  return submit(values, cookie, d);
}

const stored = () => listComments(store, DRAFT);

describe("un comentario dentro del plazo", () => {
  it("queda guardado una vez, sin datos personales si es anónimo, y lleva a las gracias", async () => {
    const res = await comment();
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/api/participa/comentarios/recibido?p=${DRAFT}`);
    expect(res.headers.get("set-cookie")).toMatch(/^comentario_inicio=; /);
    const all = await stored();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ draft: DRAFT, formVersion: "2026-12", data: { comentario: GOOD.comentario, identificacion: "anonimo" } });
    expect(all[0]!.dataPolicyVersion).toBeUndefined();
    const thanks = await handleComments(new Request(`https://alcaldia.example${res.headers.get("location")}`), deps());
    const html = await thanks.text();
    expect(html).toContain("Recibimos su comentario");
    expect(html).toContain("11 de diciembre de 2026 a las 6:00 p.\u202fm.");
    // On the draft's own page, between its marks.
    expect(html).toContain("<p>Texto del proyecto.</p>");
    expect(html).not.toContain("el formulario del sitio");
  });

  it("con nombre, exige la autorización de datos y guarda la versión de la política", async () => {
    const named = { ...GOOD, identificacion: "identificado", nombre: "Ana Rueda", correo: "ana@example.com" };
    const refused = await comment(named);
    expect(refused.status).toBe(422);
    const page = await refused.text();
    expect(page).toContain("marque la casilla de autorización del tratamiento de datos personales");
    // The citizen's text is in the form again.
    expect(page).toContain(GOOD.comentario);
    expect(page).toContain('value="Ana Rueda"');
    expect(await stored()).toEqual([]);
    const ok = await comment({ ...named, acepta_tratamiento: "si", publicar_nombre: "si" });
    expect(ok.status).toBe(303);
    expect((await stored())[0]).toMatchObject({ dataPolicyVersion: "1.1 (diciembre de 2026)", data: { nombre: "Ana Rueda", publicar_nombre: "si" } });
  });

  it("el mismo formulario enviado dos veces a la vez se guarda una sola vez", async () => {
    const cookie = await open();
    clock = clock.plus({ seconds: 30 });
    const answers = await Promise.all([submit(GOOD, cookie), submit(GOOD, cookie), submit(GOOD, cookie)]);
    expect(answers.map((r) => r.status)).toEqual([303, 303, 303]);
    expect(await stored()).toHaveLength(1);
  });

  it("20 personas a la vez: 20 comentarios guardados", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const d = { ...deps(), ip: `10.0.2.${i}` };
        const cookie = await open(d);
        return submit({ ...GOOD, comentario: `Comentario número ${i} sobre el artículo 3.` }, cookie, { ...d, now: () => clock.plus({ seconds: 30 }) });
      }),
    );
    expect(results.every((r) => r.status === 303)).toBe(true);
    expect(new Set((await stored()).map((c) => c.data.comentario)).size).toBe(20);
  });
});

describe("lo que se rechaza, sin guardar nada", () => {
  it("antes de que abra el plazo, y después de que cierre, con el texto para que no se pierda", async () => {
    clock = DateTime.fromISO("2026-11-26T10:00:00", { zone: "America/Bogota" });
    const early = await comment();
    expect(early.status).toBe(422);
    const earlyText = await early.text();
    expect(earlyText).toContain("todavía no recibe comentarios: el plazo abre el 27 de noviembre de 2026 a las 8:00 a.\u202fm.");
    expect(earlyText).toContain(GOOD.comentario);
    clock = DateTime.fromISO("2026-12-11T18:00:01", { zone: "America/Bogota" });
    const late = await comment();
    expect(late.status).toBe(422);
    const lateText = await late.text();
    expect(lateText).toContain("El plazo para comentar este proyecto cerró el 11 de diciembre de 2026 a las 6:00 p.\u202fm.");
    expect(lateText).toContain("formulario de PQRSD");
    expect(lateText).not.toContain('name="comentario"');
    expect(await stored()).toEqual([]);
  });

  it("un comentario enviado al segundo del cierre todavía cuenta", async () => {
    clock = DateTime.fromISO("2026-12-11T17:59:00", { zone: "America/Bogota" });
    const cookie = await open();
    clock = DateTime.fromISO("2026-12-11T18:00:00", { zone: "America/Bogota" });
    expect((await submit(GOOD, cookie)).status).toBe(303);
  });

  it("un proyecto que no existe, o un identificador hostil", async () => {
    for (const proyecto of ["no-existe", "../../admin", "<script>"]) {
      const res = await comment({ ...GOOD, proyecto });
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text).toContain("Este proyecto de norma no existe o ya no está publicado");
      expect(text).not.toContain("<script>");
    }
    expect((await store.list({ prefix: "comentarios/" })).blobs).toEqual([]);
  });

  it("vacío, demasiado corto o más largo que el límite", async () => {
    const empty = await comment({ ...GOOD, comentario: "   " });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain("Escriba su comentario sobre el proyecto");
    const short = await comment({ ...GOOD, comentario: "No." });
    expect(await short.text()).toContain("Escriba un comentario de al menos 10 caracteres");
    const long = await comment({ ...GOOD, comentario: "a".repeat(5001) });
    expect(long.status).toBe(422);
    expect(await long.text()).toContain("puede tener como máximo 5000 caracteres; tiene 5001");
    expect(await stored()).toEqual([]);
  });

  it("un cuerpo gigante se rechaza sin leerlo entero", async () => {
    const res = await comment({ ...GOOD, comentario: "a".repeat(100_000) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("demasiado largo");
    expect(await stored()).toEqual([]);
  });

  it("sin la cookie de apertura, demasiado rápido, o con el campo trampa lleno", async () => {
    const noCookie = await submit(GOOD, undefined);
    expect(noCookie.status).toBe(422);
    expect(await noCookie.text()).toContain("pulse «Enviar comentario» de nuevo");
    const cookie = await open();
    clock = clock.plus({ seconds: 1 });
    expect((await submit(GOOD, cookie)).status).toBe(422);
    clock = clock.plus({ seconds: 30 });
    const trap = await submit({ ...GOOD, sitio_web: "http://spam.example" }, cookie);
    expect(trap.status).toBe(422);
    expect(await trap.text()).toContain("Deje vacío el campo «Deje este campo vacío»");
    expect(await stored()).toEqual([]);
  });

  it("una avalancha desde una misma conexión se frena en el límite por hora", async () => {
    ip = 99;
    const d = deps({ COMENTARIOS_LIMITE_POR_HORA: "3" });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await comment({ ...GOOD, comentario: `Comentario repetido ${i} del mismo cliente.` }, d)).status);
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
    expect(await stored()).toHaveLength(3);
    ip = 1;
  });

  it("si el sitio no responde, dice que no quedó guardado, y nada se guarda", async () => {
    const cookie = await open();
    clock = clock.plus({ seconds: 30 });
    siteDown = true;
    const res = await submit(GOOD, cookie);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("no quedó registrado");
    expect(await stored()).toEqual([]);
  });

  it("los registros no llevan el comentario ni el nombre", async () => {
    await comment({ ...GOOD, identificacion: "identificado", nombre: "Ana Rueda", acepta_tratamiento: "si" });
    const all = logs.join("\n");
    expect(all).toContain("comentario recibido");
    expect(all).not.toContain("Ana Rueda");
    expect(all).not.toContain("droguería");
  });
});

describe("el área del personal", () => {
  const env = { PQRSD_PERSONAL: `ana:${hashPassword("clave del personal 2026")}` };
  const auth = `Basic ${Buffer.from("ana:clave del personal 2026").toString("base64")}`;
  const staff = (p: string, headers: Record<string, string> = {}) => handleStaff(new Request(`https://alcaldia.example/api/pqrsd/personal/${p}`, { headers }), { ...deps(), env });

  it("sin credenciales no muestra ni descarga los comentarios", async () => {
    await comment();
    for (const p of ["comentarios/", `comentarios/${DRAFT}.csv`]) expect((await staff(p)).status).toBe(401);
  });

  it("con credenciales lista los proyectos comentados y descarga cada uno en CSV, sin fórmulas que se ejecuten", async () => {
    await comment({ ...GOOD, comentario: "=HYPERLINK(\"http://x\") y además propongo otra cosa.", identificacion: "identificado", nombre: "Ana Rueda", acepta_tratamiento: "si" });
    const list = await staff("comentarios/", { authorization: auth });
    expect(list.status).toBe(200);
    const html = await list.text();
    expect(html).toContain(WINDOW.title);
    expect(html).toContain(`href="${DRAFT}.csv"`);
    const csv = await staff(`comentarios/${DRAFT}.csv`, { authorization: auth });
    expect(csv.headers.get("content-disposition")).toBe(`attachment; filename="comentarios-${DRAFT}.csv"`);
    expect(csv.headers.get("cache-control")).toContain("no-store");
    const text = await csv.text();
    expect(text).toContain("recibido,comentario,identificacion,nombre,organizacion,correo,publicar_nombre,acepta_tratamiento,version_politica_datos");
    expect(text).toContain(`"'=HYPERLINK(""http://x"") y además propongo otra cosa."`);
    expect(text).toContain("Ana Rueda");
    expect((await staff("comentarios/../../x.csv", { authorization: auth })).status).toBe(404);
  });
});
