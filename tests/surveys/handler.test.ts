/** The survey function with a clock of its own, against a real local Blobs server, and the build's counts. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { correctBlobsServer } from "../../src/dev/netlify.ts";
import { handleSurveys, type SurveyDeps } from "../../src/functions/surveys.ts";
import { handleStaff } from "../../src/functions/pqrsd-staff.ts";
import { hashPassword } from "../../src/pqrsd/auth.ts";
import { basic, PERSONAL_PASSWORD, PERSONAL_USER } from "../helpers/pqrsd.ts";
import type { BlobStore } from "../../src/pqrsd/store.ts";
import { readSurveysData } from "../../src/surveys/load.ts";
import { aggregate } from "../../src/surveys/results.ts";
import { answersPrefix, listAnswers } from "../../src/surveys/store.ts";
import { answerBody, GOOD, SURVEY } from "./helpers.ts";

let dir: string;
let server: BlobsServer;
let store: BlobStore;
let clock = DateTime.fromISO("2026-12-02T10:00:00", { zone: "America/Bogota" });
const logs: string[] = [];

beforeAll(async () => {
  correctBlobsServer();
  dir = mkdtempSync(path.join(tmpdir(), "encuestas-manejador-"));
  server = new BlobsServer({ directory: dir, token: "t" });
  const { port } = await server.start();
  store = getStore({ name: "m", siteID: "m", token: "t", edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}` } as never);
});
afterAll(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function clear() {
  for (const b of (await store.list({ prefix: "encuestas/" })).blobs) await store.delete(b.key);
}
beforeEach(clear);

/** The site: the survey's page (with the markers the function writes between) and its definition. */
const fetchSite = async (p: string) => {
  if (p === `/participa/encuestas/${SURVEY.id}/encuesta.json`) return new Response(JSON.stringify(SURVEY), { headers: { "content-type": "application/json" } });
  if (p === `/participa/encuestas/${SURVEY.id}/` || p === "/participa/encuestas/")
    return new Response('<html><head><title>Encuesta</title></head><body><h1>Encuesta</h1><template id="pqrsd-inicio"></template>x<template id="pqrsd-fin"></template></body></html>');
  return new Response("no", { status: 404 });
};

const deps = (ip = "10.0.0.1", env: Record<string, string> = {}): SurveyDeps => ({ store, env: { ENCUESTAS_LIMITE_POR_HORA: "50", ...env }, now: () => clock, ip, log: (l) => logs.push(l), fetchSite });

async function open(ip?: string): Promise<string> {
  const res = await handleSurveys(new Request("https://alcaldia.example/api/participa/encuestas/inicio.gif?e=opinion-portal"), deps(ip));
  expect(res.headers.get("content-type")).toBe("image/gif");
  return res.headers.get("set-cookie")!.split(";")[0]!;
}

const submit = (cookie: string | undefined, body: URLSearchParams | string = answerBody(), ip?: string, env?: Record<string, string>) =>
  handleSurveys(
    new Request("https://alcaldia.example/api/participa/encuestas", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
    }),
    deps(ip, env),
  );

async function stored() {
  return (await store.list({ prefix: answersPrefix(SURVEY.id) })).blobs.length;
}

describe("una respuesta", () => {
  it("se guarda una vez, con las opciones aparte del texto, y lleva a las gracias", async () => {
    const cookie = await open();
    clock = clock.plus({ seconds: 5 });
    const res = await submit(cookie);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/api/participa/encuestas/gracias?e=opinion-portal");
    expect(res.headers.get("set-cookie")).toMatch(/^encuesta_inicio=; Path=\/api\/participa\/encuestas; Max-Age=0/);
    const [answer] = await listAnswers(store, SURVEY.id);
    expect(answer).toMatchObject({
      survey: "opinion-portal",
      choices: { frecuencia: ["cada-semana"], utilidad: ["4"], temas: ["tramites-y-servicios", "contratacion"] },
      texts: { sugerencia: "Los horarios del puesto de salud de la vereda" },
    });
    // The logs say what happened, never what was answered.
    expect(logs.join("\n")).not.toMatch(/puesto de salud|cada-semana/);
    const thanks = await handleSurveys(new Request(`https://alcaldia.example${res.headers.get("location")}`), deps());
    expect(await thanks.text()).toMatch(/Sus respuestas quedaron guardadas/);
  });

  it("el mismo envío repetido (doble clic, reintento) cuenta una sola vez", async () => {
    const cookie = await open();
    clock = clock.plus({ seconds: 5 });
    const results = await Promise.all([submit(cookie), submit(cookie), submit(cookie)]);
    expect(results.map((r) => r.status)).toEqual([303, 303, 303]);
    expect(await stored()).toBe(1);
  });

  it("sin la cookie de apertura, o a los 2 segundos, vuelve con un aviso y no se guarda", async () => {
    const none = await submit(undefined);
    expect(none.status).toBe(422);
    expect(await none.text()).toMatch(/revise sus respuestas y pulse «Enviar respuestas» de nuevo/);
    // The page drawn again starts the clock, so the second try goes through.
    expect(none.headers.get("set-cookie")).toMatch(/^encuesta_inicio=\d+\.[0-9a-f]{24}\.[0-9a-f]{32};/);
    const cookie = await open();
    clock = clock.plus({ seconds: 2 });
    expect((await submit(cookie)).status).toBe(422);
    expect(await stored()).toBe(0);
  });

  it("una cookie alterada no vale", async () => {
    const cookie = await open();
    clock = clock.plus({ seconds: 5 });
    const forged = cookie.replace(/\.([0-9a-f]{24})\./, ".000000000000000000000000.");
    expect((await submit(forged)).status).toBe(422);
    expect(await stored()).toBe(0);
  });
});

describe("lo que no se guarda", () => {
  const refused = async (pairs: [string, string][], expected: RegExp, status = 422) => {
    const cookie = await open();
    clock = clock.plus({ seconds: 5 });
    const res = await submit(cookie, answerBody(pairs));
    expect(res.status).toBe(status);
    expect(await res.text()).toMatch(expected);
    expect(await stored()).toBe(0);
  };

  it("una opción que no existe", () => refused(GOOD.map(([k, v]) => [k, k === "p_frecuencia" ? "a-diario" : v]), /no es una de las opciones de esta encuesta/));
  it("una opción inventada entre las varias", () => refused([...GOOD, ["p_temas", "otra-cosa"]], /no es una de las opciones de esta encuesta/));
  it("un 7 en la escala", () => refused(GOOD.map(([k, v]) => [k, k === "p_utilidad" ? "7" : v]), /debe ser un número del 1 al 5/));
  it("un texto de más de 1.000 caracteres", () => refused(GOOD.map(([k, v]) => [k, k === "p_sugerencia" ? "á".repeat(1001) : v]), /puede tener como máximo 1000 caracteres; tiene 1001/));
  it("el campo trampa lleno", () => refused(GOOD.map(([k, v]) => [k, k === "sitio_web" ? "http://spam.example" : v]), /Deje vacío el campo/));
  it("una encuesta que no existe", () => refused(GOOD.map(([k, v]) => [k, k === "encuesta" ? "otra" : v]), /no existe o ya no se publica/, 404));
  it("un identificador de encuesta hostil", () => refused(GOOD.map(([k, v]) => [k, k === "encuesta" ? "../../pqrsd/canal" : v]), /no existe o ya no se publica/, 404));
  it("un cuerpo de más de 64 KB", async () => {
    const res = await submit(await open(), `encuesta=${SURVEY.id}&p_sugerencia=${"x".repeat(70_000)}`);
    expect(res.status).toBe(413);
    expect(await res.text()).toMatch(/no quedaron guardadas/);
  });

  it("una respuesta antes de que abra o después de que cierre, con la fecha en hora de Colombia", async () => {
    const now = clock;
    try {
      clock = DateTime.fromISO("2026-11-15T07:59:00", { zone: "America/Bogota" });
      await refused(GOOD, /todavía no recibe respuestas: abre el 15 de noviembre de 2026, 8:00 a\.\u202fm\./, 403);
      clock = DateTime.fromISO("2027-01-31T18:01:00", { zone: "America/Bogota" });
      await refused(GOOD, /cerró el 31 de enero de 2027, 6:00 p\.\u202fm\. \(hora de Colombia\) y ya no recibe respuestas/, 410);
    } finally {
      clock = now;
    }
  });

  it("una avalancha desde una misma conexión: pasada la cuota por hora, se rechaza", async () => {
    const env = { ENCUESTAS_LIMITE_POR_HORA: "3" };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const cookie = await open("10.9.9.9");
      clock = clock.plus({ seconds: 5 });
      const res = await submit(cookie, answerBody(), "10.9.9.9", env);
      statuses.push(res.status);
      if (res.status === 429) expect(await res.text()).toMatch(/muchas respuestas a esta encuesta en la última hora/);
    }
    expect(statuses).toEqual([303, 303, 303, 429, 429]);
    expect(await stored()).toBe(3);
    // Another connection is not affected.
    const cookie = await open("10.9.9.10");
    clock = clock.plus({ seconds: 5 });
    expect((await submit(cookie, answerBody(), "10.9.9.10", env)).status).toBe(303);
  });
});

describe("lo que lee la construcción", () => {
  it("cuenta opciones, escala y textos sin leer ningún texto", async () => {
    const answers: [string, string][][] = [
      GOOD,
      GOOD.map(([k, v]) => [k, k === "p_utilidad" ? "2" : k === "p_frecuencia" ? "es-la-primera-vez" : v] as [string, string]).filter(([k]) => k !== "p_temas" && k !== "p_sugerencia"),
      GOOD.map(([k, v]) => [k, k === "p_utilidad" ? "5" : v] as [string, string]).filter(([k, v]) => !(k === "p_temas" && v === "contratacion")),
    ];
    for (const a of answers) {
      const cookie = await open();
      clock = clock.plus({ seconds: 5 });
      expect((await submit(cookie, answerBody(a))).status).toBe(303);
    }
    const data = await readSurveysData(store, "prueba");
    expect(JSON.stringify(data)).not.toMatch(/puesto de salud/);
    if (!data.available) throw new Error("sin datos");
    const results = aggregate(SURVEY, data.answers[SURVEY.id]!);
    expect(results.total).toBe(3);
    const [frecuencia, utilidad, temas, sugerencia] = results.questions;
    expect(frecuencia!.options.map((o) => [o.value, o.count, o.percent])).toEqual([["es-la-primera-vez", 1, 33.3], ["cada-semana", 2, 66.7]]);
    expect(utilidad!.options.map((o) => o.count)).toEqual([0, 1, 0, 1, 1]);
    expect(utilidad!.average).toBe(3.7);
    expect(temas).toMatchObject({ answered: 2 });
    expect(temas!.options.map((o) => [o.value, o.count, o.percent])).toEqual([["tramites-y-servicios", 2, 100], ["contratacion", 1, 50], ["noticias-y-eventos", 0, 0]]);
    expect(sugerencia).toMatchObject({ kind: "texto", answered: 2, options: [] });
  });
});

describe("el personal", () => {
  it("descarga las respuestas de una encuesta en CSV, con los textos, solo con sus credenciales", async () => {
    const cookie = await open();
    clock = clock.plus({ seconds: 5 });
    const pairs = GOOD.map(([k, v]) => [k, k === "p_sugerencia" ? "=HYPERLINK(\"http://x\")" : v] as [string, string]);
    expect((await submit(cookie, answerBody(pairs))).status).toBe(303);
    const env = { PQRSD_PERSONAL: `${PERSONAL_USER}:${hashPassword(PERSONAL_PASSWORD)}` };
    const url = `https://alcaldia.example/api/pqrsd/personal/encuestas/${SURVEY.id}.csv`;
    const staffDeps = { store, env, fetchSite };
    expect((await handleStaff(new Request(url), staffDeps)).status).toBe(401);
    expect((await handleStaff(new Request(url, { headers: { authorization: basic(PERSONAL_USER, "otra") } }), staffDeps)).status).toBe(401);
    const res = await handleStaff(new Request(url, { headers: { authorization: basic() } }), staffDeps);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="encuesta-opinion-portal.csv"');
    expect(res.headers.get("cache-control")).toMatch(/private/);
    const lines = (await res.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("respondida,frecuencia,utilidad,temas,sugerencia");
    // A text that looks like a formula never runs in a spreadsheet.
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2},cada-semana,4,tramites-y-servicios \| contratacion,"'=HYPERLINK\(""http:\/\/x""\)"$/);
  });
});
