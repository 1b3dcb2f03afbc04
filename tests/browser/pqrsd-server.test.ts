/**
 * The PQRSD channel end to end over HTTP, as a browser without JavaScript (or a hostile client) would
 * use it, against Netlify's emulator running the real functions with a local Blobs store and a real
 * local SMTP server.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startMailSink } from "../../src/dev/mail-sink.ts";
import { hashPassword } from "../../src/pqrsd/auth.ts";
import { listMarkers } from "../../src/pqrsd/store.ts";
import { ANONYMOUS, VALID } from "../forms/cases.ts";
import { ROOT, runBuild } from "../helpers/build.ts";
import { startEmulator, type Emulator } from "../helpers/emulator.ts";
import { basic, formBody, MIN_SECONDS_IN_TESTS, openForm, PERSONAL_PASSWORD, PERSONAL_USER, pdfFile, post, waitFillTime } from "../helpers/pqrsd.ts";

let emu: Emulator;
let sink: Awaited<ReturnType<typeof startMailSink>>;
let refuseMail = false;
let ipCounter = 1;
const nextIp = () => `10.20.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Personal data used in these filings: none of it may reach the logs. */
const SECRETS = ["Ana María", "Rojas Pérez", "1098765432", "ana.rojas@example.com", "Luminarias dañadas", "vereda El Recreo", "Carrera 4 No. 5-10"];

async function storeKeys(prefix: string): Promise<string[]> {
  const { store, close } = await emu.openStore();
  try {
    return (await store.list({ prefix })).blobs.map((b) => b.key);
  } finally {
    await close();
  }
}

/** Files a valid submission the way a browser does: opens the form, waits, sends. */
async function fileOne(values = VALID, files: File[] = [], ip = nextIp()) {
  const cookie = await openForm(emu.url, ip);
  await waitFillTime();
  return post(emu.url, formBody(values, files), { cookie, ip });
}

beforeAll(async () => {
  sink = await startMailSink(() => undefined, { refuse: () => refuseMail });
  emu = await startEmulator({
    siteDir: inject("siteDir"),
    env: {
      PQRSD_SMTP_HOST: "127.0.0.1",
      PQRSD_SMTP_PORT: String(sink.port),
      PQRSD_SMTP_SECURE: "false",
      PQRSD_PERSONAL: `${PERSONAL_USER}:${hashPassword(PERSONAL_PASSWORD)}`,
      PQRSD_LIMITE_POR_HORA: "4",
      PQRSD_MIN_SEGUNDOS: MIN_SECONDS_IN_TESTS,
      PQRSD_AVISO_PARA: "alcaldia@palmar-santander.gov.co",
    },
  });
}, 120_000);

afterAll(async () => {
  // Kept for whoever reads a failure in CI; the last test proves it holds no personal data.
  mkdirSync(path.join(ROOT, "tests/.artifacts"), { recursive: true });
  writeFileSync(path.join(ROOT, "tests/.artifacts/pqrsd-emulador.log"), emu?.output() ?? "");
  await emu?.stop();
  await new Promise<void>((r) => (sink ? sink.server.close(() => r()) : r()));
});

describe("una solicitud completa", () => {
  let location: string;
  it("se radica, redirige a su recibo y avisa a la Alcaldía por correo", async () => {
    const { res } = await fileOne(VALID, [pdfFile()]);
    expect(res.status).toBe(303);
    location = res.headers.get("location")!;
    expect(location).toMatch(/^\/api\/pqrsd\/recibo\?r=\d{4}-\d{6}&f=[0-9a-f]{32}$/);
    const receipt = await fetch(emu.url + location);
    expect(receipt.status).toBe(200);
    const html = await receipt.text();
    const radicado = /r=(\d{4}-\d{6})/.exec(location)![1]!;
    expect(html).toContain(radicado);
    expect(html).toContain("Fecha límite de respuesta");
    expect(html).toContain("15 días hábiles");
    expect(receipt.headers.get("cache-control")).toBe("no-store");
    const mail = sink.received.find((m) => m.subject.includes(radicado));
    expect(mail, "el aviso llegó al servidor SMTP").toBeDefined();
    expect(mail!.subject).toMatch(/Petición, vence el \d+ de \w+ de \d{4}/);
    // The notice carries no personal data.
    for (const s of SECRETS) expect(mail!.raw).not.toContain(s);
  });

  it("el recibo no se abre con otra firma", async () => {
    const forged = location.replace(/f=[0-9a-f]{32}/, `f=${"0".repeat(32)}`);
    expect((await fetch(emu.url + forged)).status).toBe(404);
  });

  it("una solicitud anónima también se radica", async () => {
    const { res } = await fileOne(ANONYMOUS);
    expect(res.status).toBe(303);
  });
});

describe("entradas malas: un mensaje en español y nada guardado", () => {
  const bad: [string, () => Promise<{ res: Response; text: string }>, number, RegExp][] = [
    ["falta un campo obligatorio", async () => post(emu.url, formBody({ ...VALID, asunto: "" }), { cookie: await openForm(emu.url), ip: nextIp() }), 422, /Escriba el asunto de su solicitud/],
    ["sin autorización de datos", async () => post(emu.url, formBody({ ...VALID, acepta_tratamiento: undefined }), { cookie: await openForm(emu.url), ip: nextIp() }), 422, /marque la casilla de autorización/],
    ["correo inválido", async () => post(emu.url, formBody({ ...VALID, correo: "ana@" }), { cookie: await openForm(emu.url), ip: nextIp() }), 422, /nombre@ejemplo\.com/],
    ["cédula inválida", async () => post(emu.url, formBody({ ...VALID, numero_documento: "12.345" }), { cookie: await openForm(emu.url), ip: nextIp() }), 422, /solo con números/],
    ["adjunto de más de 4 MB", async () => post(emu.url, formBody(VALID, [pdfFile("grande.pdf", 4 * 1024 * 1024 + 10)]), { cookie: await openForm(emu.url), ip: nextIp() }), 422, /4 MB[\s\S]*(correo institucional|ventanilla)/],
    ["tipo de archivo no permitido", async () => post(emu.url, formBody(VALID, [new File(["MZ"], "programa.exe")]), { cookie: await openForm(emu.url), ip: nextIp() }), 422, /Adjunte solo archivos PDF/],
    ["un ejecutable con nombre de PDF", async () => post(emu.url, formBody(VALID, [new File(["MZ\x90\x00"], "factura.pdf", { type: "application/pdf" })]), { cookie: await openForm(emu.url), ip: nextIp() }), 422, /no es el tipo de archivo que dice su nombre/],
    ["JSON en vez de formulario", async () => post(emu.url, JSON.stringify(VALID), { contentType: "application/json", ip: nextIp() }), 415, /No recibimos un formulario/],
    ["texto basura con tipo de formulario", async () => post(emu.url, "\u0000\u0001--xx\r\nbasura", { contentType: "multipart/form-data; boundary=nada", ip: nextIp() }), 400, /No recibimos un formulario/],
    ["un cuerpo enorme", async () => post(emu.url, new Uint8Array(5 * 1024 * 1024), { contentType: "multipart/form-data; boundary=x", ip: nextIp() }), 413, /supera el máximo de 4 MB/],
    ["el campo trampa lleno (robot)", async () => {
      const fd = formBody(VALID);
      fd.set("sitio_web", "http://spam.example");
      const cookie = await openForm(emu.url);
      await waitFillTime();
      return post(emu.url, fd, { cookie, ip: nextIp() });
    }, 422, /Deje vacío el campo/],
    ["enviado sin abrir el formulario (sin cookie)", async () => post(emu.url, formBody(VALID), { ip: nextIp() }), 422, /pulse «Enviar solicitud» de nuevo/],
    // «Too fast» depends on the clock: tests/pqrsd/handler.test.ts checks it with a clock of its own.
  ];

  for (const [name, send, status, message] of bad) {
    it(name, async () => {
      const before = await storeKeys("expedientes/");
      const { res, text } = await send();
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(text).toMatch(message);
      expect(text).toContain("Hay un problema");
      expect(await storeKeys("expedientes/")).toEqual(before);
    }, 30_000);
  }

  it("los errores vuelven con los datos que el ciudadano escribió", async () => {
    const { text } = await post(emu.url, formBody({ ...VALID, correo: "ana@" }), { cookie: await openForm(emu.url), ip: nextIp() });
    expect(text).toContain('value="Luminarias dañadas en el parque"');
    expect(text).toContain('value="ana@"');
    expect(text).toMatch(/<input[^>]*value="peticion"[^>]*checked|<input[^>]*checked[^>]*value="peticion"/);
    expect(text).toContain('aria-invalid="true"');
    expect(text).toContain('href="#campo-correo"');
  });

  it("un script en el texto se guarda como texto y nunca se dibuja como marcado", async () => {
    const script = '<script>alert("pqrsd")</script><img src=x onerror=alert(1)>';
    const { text } = await post(emu.url, formBody({ ...VALID, descripcion: `${script} y más texto de la solicitud`, correo: "mal" }), { cookie: await openForm(emu.url), ip: nextIp() });
    expect(text).not.toContain(script);
    expect(text).toContain("&lt;script&gt;alert");
    const { res } = await fileOne({ ...VALID, descripcion: `${script} y más texto de la solicitud` });
    const radicado = /r=(\d{4}-\d{6})/.exec(res.headers.get("location")!)![1]!;
    const staff = await (await fetch(`${emu.url}/api/pqrsd/personal/${radicado}`, { headers: { authorization: basic() } })).text();
    expect(staff).not.toContain(script);
    expect(staff).toContain("&lt;script&gt;alert(&quot;pqrsd&quot;)&lt;/script&gt;");
  }, 30_000);

  it("una ráfaga desde la misma conexión se frena (límite por hora)", async () => {
    const ip = "10.99.99.99";
    const cookie = await openForm(emu.url, ip);
    await waitFillTime();
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await post(emu.url, formBody(VALID), { cookie, ip }));
    expect(results.slice(0, 4).map((r) => r.res.status)).toEqual([303, 303, 303, 303]);
    expect(results[4]!.res.status).toBe(429);
    expect(results[4]!.text).toMatch(/muchas solicitudes en la última hora/);
  }, 60_000);
});

describe("una falla a mitad de camino", () => {
  it("no deja nada guardado a medias y le dice al ciudadano que intente de nuevo o use otro canal", async () => {
    const beforeMarkers = await storeKeys("registro/");
    const beforeFiles = await storeKeys("expedientes/");
    await emu.setFault("^registro/");
    try {
      const { res, text } = await fileOne(VALID, [pdfFile()]);
      expect(res.status).toBe(503);
      expect(text).toMatch(/no quedó guardada/);
      expect(text).toMatch(/intente enviarla de nuevo/);
      expect(text).toContain('value="Luminarias dañadas en el parque"');
    } finally {
      await emu.setFault(undefined);
    }
    expect(await storeKeys("registro/")).toEqual(beforeMarkers);
    expect(await storeKeys("expedientes/")).toEqual(beforeFiles);
    expect(emu.output()).toMatch(/falla al guardar una solicitud \(el número \d{4}-\d{6} queda anulado\)/);
    // And the channel works again at once.
    expect((await fileOne()).res.status).toBe(303);
  }, 60_000);
});

describe("cuando el correo falla", () => {
  it("la solicitud se radica igual, el aviso queda pendiente y el personal lo reenvía", async () => {
    refuseMail = true;
    const { res } = await fileOne();
    refuseMail = false;
    expect(res.status).toBe(303);
    const radicado = /r=(\d{4}-\d{6})/.exec(res.headers.get("location")!)![1]!;
    const list = await (await fetch(`${emu.url}/api/pqrsd/personal/`, { headers: { authorization: basic() } })).text();
    expect(list).toMatch(/avisos? por correo (está|están) pendientes?/);
    expect(sink.received.some((m) => m.subject.includes(radicado))).toBe(false);
    const resend = await fetch(`${emu.url}/api/pqrsd/personal/avisos`, { method: "POST", headers: { authorization: basic(), origin: emu.url }, redirect: "manual" });
    expect(resend.status).toBe(303);
    expect(sink.received.some((m) => m.subject.includes(radicado))).toBe(true);
  }, 30_000);
});

describe("área del personal", () => {
  let radicado: string;
  beforeAll(async () => {
    const { res } = await fileOne(VALID, [pdfFile("cedula.pdf", 3000)]);
    radicado = /r=(\d{4}-\d{6})/.exec(res.headers.get("location")!)![1]!;
  }, 30_000);

  const paths = () => ["/api/pqrsd/personal/", `/api/pqrsd/personal/pqrsd-${radicado.slice(0, 4)}.csv`, `/api/pqrsd/personal/${radicado}`, `/api/pqrsd/personal/${radicado}/adjuntos/1`];

  it("sin credenciales, o con credenciales equivocadas, nada se puede leer", async () => {
    for (const p of paths()) {
      for (const authorization of [undefined, basic(PERSONAL_USER, "otra clave"), basic("intruso", PERSONAL_PASSWORD), "Basic !!!"]) {
        const res = await fetch(emu.url + p, { headers: authorization ? { authorization } : {} });
        const body = await res.text();
        expect(res.status, `${p} con ${authorization ?? "nada"}`).toBe(401);
        expect(res.headers.get("www-authenticate")).toMatch(/^Basic/);
        for (const s of SECRETS) expect(body).not.toContain(s);
      }
    }
  });

  it("con credenciales: lista, detalle, CSV y adjuntos", async () => {
    const headers = { authorization: basic() };
    const [list, csv, detail, file] = (await Promise.all(paths().map((p) => fetch(emu.url + p, { headers })))) as [Response, Response, Response, Response];
    expect(list.status).toBe(200);
    expect(await list.text()).toContain(radicado);
    expect(await detail.text()).toContain("1098765432");
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const csvText = await csv.text();
    expect(csvText.split("\r\n")[0]).toContain("radicado,recibida,tipo");
    expect(csvText).toContain(radicado);
    expect(file.headers.get("content-disposition")).toContain('filename="cedula.pdf"');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(bytes.length).toBe(3000);
    expect(new TextDecoder().decode(bytes.slice(0, 8))).toBe("%PDF-1.4");
  });

  it("registra la gestión (trasladada a otra entidad) solo desde sus propias páginas", async () => {
    const body = new URLSearchParams({ estado: "trasladada", fecha: "2026-12-04", entidad: "Gobernación de Santander" });
    const foreign = await fetch(`${emu.url}/api/pqrsd/personal/${radicado}/gestion`, { method: "POST", body, headers: { authorization: basic(), origin: "https://otro-sitio.example" }, redirect: "manual" });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${emu.url}/api/pqrsd/personal/${radicado}/gestion`, { method: "POST", body, headers: { authorization: basic(), origin: emu.url }, redirect: "manual" });
    expect(own.status).toBe(303);
    const detail = await (await fetch(`${emu.url}/api/pqrsd/personal/${radicado}`, { headers: { authorization: basic() } })).text();
    expect(detail).toContain("Gobernación de Santander");
  });

  it("la tienda de Blobs no tiene dirección pública en el sitio", async () => {
    for (const p of ["/.netlify/blobs/pqrsd/expedientes/", `/api/pqrsd/expedientes/${radicado}/solicitud.json`, "/.netlify/functions/pqrsd-personal"]) {
      const res = await fetch(emu.url + p);
      const body = await res.text();
      expect(res.status, p).not.toBe(200);
      for (const s of SECRETS) expect(body).not.toContain(s);
    }
  });
});

describe("solicitudes simultáneas a través del emulador", () => {
  // The emulator starts a worker thread for every call and gives up after 30 s, so on a 2-core machine
  // 20 at once is what it carries well; 200 at once run against the same function module in
  // tests/pqrsd/load.test.ts.
  it("20 a la vez reciben 20 radicados distintos y los 20 quedan guardados", async () => {
    const { store, close } = await emu.openStore();
    const before = new Set((await listMarkers(store)).map((m) => m.radicado));
    await close();
    const clients = Array.from({ length: 20 }, () => nextIp());
    const cookies: string[] = [];
    for (const ip of clients) cookies.push(await openForm(emu.url, ip));
    await waitFillTime();
    const results = await Promise.all(clients.map((ip, i) => post(emu.url, formBody({ ...VALID, asunto: `Solicitud simultánea número ${i}` }), { cookie: cookies[i], ip })));
    expect(results.map((r) => r.res.status).filter((s) => s !== 303)).toEqual([]);
    const radicados = results.map((r) => /r=(\d{4}-\d{6})/.exec(r.res.headers.get("location")!)![1]!);
    expect(new Set(radicados).size).toBe(20);
    for (const r of radicados) expect(before.has(r)).toBe(false);
    const reopened = await emu.openStore();
    const after = (await listMarkers(reopened.store)).map((m) => m.radicado).filter((r) => !before.has(r));
    await reopened.close();
    expect(after.sort()).toEqual([...radicados].sort());
    const times = results.map((r) => r.ms).sort((a, b) => a - b);
    console.log(`[pqrsd] 20 solicitudes simultáneas por el emulador: mediana ${Math.round((times[9]! + times[10]!) / 2)} ms, peor ${Math.round(times.at(-1)!)} ms`);
  }, 180_000);
});

describe("el sitio construido", () => {
  it("cuenta las solicitudes en el informe y el indicador del plan, sin ningún dato de ellas", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "pqrsd-sitio-"));
    try {
      // The build reads the emulator's store, as it reads Netlify Blobs on Netlify.
      const r = runBuild(path.join(ROOT, "content"), out, { PQRSD_STORE: emu.store });
      expect(r.status, r.stderr).toBe(0);
      const report = readFileSync(path.join(out, "atencion-al-ciudadano/pqrsd/informe/index.html"), "utf8");
      expect(report).toMatch(/Cuarto trimestre de 2026|trimestre de \d{4}/);
      expect(report).not.toContain("No hay datos");
      const indicators = readFileSync(path.join(out, "planes/plan-accion-gobierno-en-linea-2008-2011/indicadores/index.html"), "utf8");
      expect(indicators).toContain("cuando el portal empezó a recibir solicitudes por su formulario de PQRSD");
      const csv = readFileSync(path.join(out, "atencion-al-ciudadano/pqrsd/informe/informe-trimestral-pqrsd.csv"), "utf8");
      expect(csv.split("\r\n").length).toBeGreaterThan(2);
      for (const file of walk(out)) {
        const text = readFileSync(file).toString("latin1") + readFileSync(file, "utf8");
        for (const s of SECRETS) expect(text.includes(s), `${path.relative(out, file)} contiene «${s}»`).toBe(false);
        // Not even a radicado: the report and the indicator are counts.
        if (/\.(html|json|xml|csv|txt)$/.test(file)) expect(/\b20\d\d-\d{6}\b/.test(readFileSync(file, "utf8")), `${path.relative(out, file)} nombra un radicado`).toBe(false);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("registros", () => {
  it("ningún dato personal de las solicitudes aparece en lo que imprimieron el emulador y las funciones", () => {
    const out = emu.output();
    expect(out).toMatch(/radicada \d{4}-\d{6}/);
    for (const s of SECRETS) expect(out, s).not.toContain(s);
  });
});
