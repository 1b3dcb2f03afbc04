import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, FIXTURE_SITE, ROOT, runBuild, tempDir } from "../helpers/build.ts";

let out: string;
const read = (url: string) => readFileSync(path.join(out, url.endsWith("/") ? `${url}index.html` : url), "utf8");

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? allFiles(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

let buildOutput = "";
beforeAll(() => {
  out = path.join(tempDir(), "_site");
  const r = runBuild(FIXTURE_SITE, out);
  buildOutput = r.stderr + r.stdout;
  expect(buildOutput).toContain("Sitio construido");
  expect(r.status).toBe(0);
});
afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

describe("the fixture site", () => {
  it("writes every page type", () => {
    for (const url of [
      "/",
      "/noticias/",
      "/noticias/2024-03-05-jornada-de-vacunacion/",
      "/normativa/",
      "/normativa/tipo/decretos/",
      "/normativa/tipo/actas/",
      "/normativa/anio/2009/",
      "/normativa/decreto-045-2008/",
      "/planes/",
      "/planes/plan-de-prueba/",
      "/quienes-somos/",
      "/transparencia/",
      "/mapa-del-sitio/",
      "/sitemap.xml",
      "/robots.txt",
      "/404.html",
      "/eventos/",
      "/eventos/2009-03-10-capacitacion-comite/",
      "/convenios/",
      "/convenios/2009-convenio-gobernacion/",
      "/planes/plan-de-prueba/indicadores/",
      "/planes/plan-de-prueba/indicadores.json",
      "/frecuencia-de-actualizacion/",
      "/feeds/",
      "/transparencia/registro-de-activos-de-informacion/",
      "/transparencia/registro-de-activos-de-informacion.csv",
      "/transparencia/registro-de-activos-de-informacion.xlsx",
      "/transparencia/indice-de-informacion-clasificada-y-reservada/",
      "/transparencia/esquema-de-publicacion/",
      "/transparencia/esquema-de-publicacion.xlsx",
      "/datos-abiertos/",
      "/datos-abiertos/normativa/",
      "/datos-abiertos/normativa.csv",
      "/datos-abiertos/normativa.json",
      "/datos-abiertos/normativa.xlsx",
      "/datos-abiertos/normativa.csv-metadata.json",
      "/datos-abiertos/indicadores.csv",
      "/data.json",
    ]) {
      expect(existsSync(path.join(out, url.endsWith("/") ? `${url}index.html` : url)), url).toBe(true);
    }
  });

  it("publishes neither drafts nor entries dated in the future", () => {
    expect(existsSync(path.join(out, "noticias/2024-02-10-borrador"))).toBe(false);
    expect(existsSync(path.join(out, "noticias/2099-01-01-programada"))).toBe(false);
    expect(read("/noticias/")).not.toContain("Noticia programada");
    expect(read("/sitemap.xml")).not.toContain("programada");
  });

  it("lists news newest first with Colombian dates and ISO datetimes", () => {
    const html = read("/noticias/");
    expect(html.indexOf("Balance de marzo")).toBeLessThan(html.indexOf("Jornada de vacunación"));
    expect(html).toMatch(/<time dateTime="2024-03-05">5 de marzo de 2024<\/time>/i);
    const article = read("/noticias/2024-03-31-cierre-de-mes/");
    expect(article).toMatch(/<time dateTime="2024-03-31T23:30:00-05:00">31 de marzo de 2024, 11:30 p\.\s?m\.<\/time>/i);
    expect(article).toContain("Última actualización");
  });

  it("escapes raw HTML and shows template syntax literally", () => {
    const article = read("/noticias/2024-03-31-cierre-de-mes/");
    expect(article).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(article).not.toContain("<script>alert(1)");
    expect(article).toContain("{{ 7*7 }}");
  });

  it("links an act to the act that modifies it, both ways", () => {
    const modified = read("/normativa/decreto-045-2008/");
    expect(modified).toContain('href="/normativa/decreto-010-2009/"');
    expect(modified).toContain("Modificado");
    expect(read("/normativa/decreto-010-2009/")).toContain('href="/normativa/decreto-045-2008/"');
  });

  it("has breadcrumbs, the GOV.CO bar, a skip link and the legal footer on every page", () => {
    const html = read("/normativa/decreto-045-2008/");
    expect(html).toContain('<html lang="es-CO">');
    expect(html).toContain('href="https://www.gov.co/"');
    expect(html).toContain('href="#contenido"');
    expect(html).toContain('aria-label="Ruta de navegación"');
    for (const text of ["Notificaciones judiciales", "Horario de atención", "Línea anticorrupción", "Línea gratuita", "Mapa del sitio", "+57\u00a0607\u00a0724\u00a08531"]) {
      expect(html, text).toContain(text);
    }
  });

  it("lists the ten transparency categories, with the legal reason where one does not apply", () => {
    const html = read("/transparencia/");
    for (let n = 1; n <= 10; n++) expect(html).toContain(`id="categoria-${n}"`);
    expect(html).toContain("No aplica.");
  });

  it("shows every numeral of the annex with its status, and lists the datasets under open data", () => {
    const html = read("/transparencia/");
    expect(html.match(/<li id="numeral-[0-9a-z-]+" class="numeral">/g)).toHaveLength(46 + 88);
    expect(html).toMatch(/<li id="numeral-1-10" class="numeral"><p class="numeral-cabeza"><span class="numeral-numero">1\.10<\/span> <a href="\/atencion-al-ciudadano\/">Mecanismo de presentación directa/);
    expect(html).toContain('<span class="estado-numeral estado-numeral-falta">Falta publicar</span>');
    expect(html).toContain('<span class="estado-numeral estado-numeral-desactualizado">Desactualizado</span>');
    expect(html).toMatch(/Lo publicado es del 2 de abril de 2024; debía renovarse a más tardar el 2 de mayo de 2024\./);
    expect(html).toContain('<a href="/datos-abiertos/normativa/">Normativa: decretos, acuerdos, resoluciones, circulares y actas</a>');
    // Category 7 lists datasets, not feeds.
    const seven = html.slice(html.indexOf('id="categoria-7"'), html.indexOf('id="categoria-8"'));
    expect(seven).toContain("/datos-abiertos/");
    expect(seven).not.toContain("/feeds/");
  });

  it("warns, without stopping the build, of a numeral older than its frequency", () => {
    expect(buildOutput).toMatch(/Aviso: .*transparencia\.yaml: el numeral 4\.6 «Información pública y\/o relevante», con sus subnumerales, está desactualizado/);
  });

  it("publishes each instrument as a page, a CSV and an XLSX, and says when no act adopts it", async () => {
    const registro = read("/transparencia/registro-de-activos-de-informacion/");
    expect(registro).toContain("Este instrumento no ha sido adoptado todavía por un acto administrativo.");
    expect(registro).toContain('<a href="/transparencia/registro-de-activos-de-informacion.xlsx">XLSX</a>');
    expect(registro).toMatch(/<th scope="col">Información publicada o disponible<\/th>/);
    const csv = read("/transparencia/indice-de-informacion-clasificada-y-reservada.csv");
    expect(csv.startsWith("\uFEFFNombre o título de la categoría de información;Nombre o título de la información;")).toBe(true);
    const { default: readXlsx } = await import("read-excel-file/node");
    const [sheet] = await readXlsx(path.join(out, "transparencia/esquema-de-publicacion.xlsx"));
    expect(sheet!.data[0]).toEqual([
      "Nombre o título de la información", "Idioma", "Medio de conservación o soporte", "Formato", "Fecha de generación de la información",
      "Frecuencia de actualización", "Lugar de consulta", "Responsable de la producción de la información", "Responsable de la información",
    ]);
    expect(sheet!.data.length).toBeGreaterThan(20);
  });

  it("publishes the datasets with only what is published, and a DCAT catalogue that lists them", () => {
    const acts = JSON.parse(read("/datos-abiertos/normativa.json")) as { identificador: string }[];
    expect(acts.map((a) => a.identificador).sort()).toEqual(["acta-01-2009", "decreto-010-2009", "decreto-045-2008", "resolucion-015-2010"]);
    const news = JSON.parse(read("/datos-abiertos/eventos.json")) as { identificador: string }[];
    expect(news.map((e) => e.identificador)).toContain("2099-05-01-taller-futuro");
    const catalog = JSON.parse(read("/data.json")) as { dataset: { distribution: { downloadURL: string }[] }[] };
    const downloads = catalog.dataset.flatMap((d) => d.distribution.map((x) => new URL(x.downloadURL).pathname));
    for (const url of downloads) expect(existsSync(path.join(out, url)), url).toBe(true);
  });

  it("requests nothing from another host", () => {
    for (const file of allFiles(out).filter((f) => f.endsWith(".html"))) {
      // A canonical link names the public address; the browser does not fetch it.
      const html = readFileSync(file, "utf8").replace(/<link rel="canonical"[^>]*>/g, "");
      expect(html, file).not.toMatch(/<(?:script|img|link|iframe|source|video|audio)\b[^>]*(?:src|href)="(?:https?:)?\/\//);
    }
  });

  it("writes a sitemap with absolute URLs and a robots.txt that points to it", () => {
    expect(read("/sitemap.xml")).toContain("<loc>https://www.municipio-ejemplo.gov.co/normativa/decreto-045-2008/</loc>");
    expect(read("/robots.txt")).toContain("Sitemap: https://www.municipio-ejemplo.gov.co/sitemap.xml");
  });
});

describe("plan indicators", () => {
  it("publishes each indicator per period as JSON", () => {
    const json = JSON.parse(read("/planes/plan-de-prueba/indicadores.json"));
    expect(json.plan.url).toBe("https://www.municipio-ejemplo.gov.co/planes/plan-de-prueba/");
    expect(json.indicators.map((i: { id: string }) => i.id)).toEqual(["frecuencia-actualizacion", "capacitacion-comite", "alianzas"]);
    const training = json.indicators[1];
    expect(training.target).toEqual({ value: 1, unit: "capacitaciones", period: "semester", wording: "1 capacitación por semestre" });
    expect(training.periods.slice(0, 3)).toEqual([
      { period: "2008-S2", value: 0, met: false },
      { period: "2009-S1", value: 1, met: true },
      { period: "2009-S2", value: 0, met: false },
    ]);
    expect(training.periods.at(-1).period).toBe("2011-S2");
    const alliances = json.indicators[2];
    expect(alliances.periods[1]).toEqual({ period: "2009", value: 1, met: false, groups: { local: 0, departamental: 1, nacional: 0, internacional: 0 } });
  });

  it("shows a chart with a text alternative and the same data as a table", () => {
    const html = read("/planes/plan-de-prueba/indicadores/");
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="grafico-capacitacion-comite-titulo grafico-capacitacion-comite-desc"/);
    expect(html).toContain("Segundo semestre de 2008");
    expect(html).toContain("<caption>Capacitaciones del comité por semestre: valor por periodo y cumplimiento de la meta</caption>");
    expect(read("/planes/plan-de-prueba/")).toContain('href="/planes/plan-de-prueba/indicadores/"');
    expect(read("/planes/plan-de-prueba/")).toContain('href="/frecuencia-de-actualizacion/"');
  });

  it("lists upcoming events in the calendar but counts only events that happened", () => {
    const html = read("/eventos/");
    expect(html).toContain("Taller de socialización programado");
    expect(html.indexOf("Próximos eventos")).toBeLessThan(html.indexOf("Taller de socialización programado"));
  });
});

describe("a build that fails", () => {
  it("names the plan, the indicator and the unknown collection or field of a bad rule", () => {
    const content = copyContent();
    const file = path.join(content, "planes/plan-de-prueba.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("collections: [convenios], measure: count, group_by: level", "collections: [alianzas], measure: count, group_by: nivel"));
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("planes/plan-de-prueba.md: el campo «Indicadores › 3 › Regla de cálculo» (rule) del indicador «alianzas»: la regla nombra la colección «alianzas», que no existe");
  });

  it("names the file and field of a news item without a title, and leaves the last good site whole", () => {
    const content = copyContent();
    const file = path.join(content, "noticias/2024-03-05-jornada-de-vacunacion.md");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^title:.*\n/m, ""));
    const before = read("/index.html");
    const r = runBuild(content, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("noticias/2024-03-05-jornada-de-vacunacion.md: el campo «Título» (title) es obligatorio");
    expect(r.stderr).toContain("El sitio publicado anteriormente no se modificó");
    expect(read("/index.html")).toBe(before);
    expect(readdirSync(path.dirname(out)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("names an attached PDF it cannot read, in a plain message rather than a stack trace", () => {
    const content = copyContent(path.join(ROOT, "content"));
    writeFileSync(path.join(content, "media/normativa/decreto-045-2008.pdf"), "esto no es un PDF");
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("No se pudo leer el texto del PDF /media/normativa/decreto-045-2008.pdf para la búsqueda");
    expect(r.stderr).toContain("El sitio publicado anteriormente no se modificó");
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("names the numeral or sub-numeral whose link goes to a page the site lacks, and the closest address", () => {
    const content = copyContent();
    const file = path.join(content, "transparencia.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("link: /atencion-al-ciudadano/", "link: /atencion-ciudadana/").replace('          - number: "1.1.a"\n', '          - number: "1.1.a"\n            link: /quien-somos/\n'));
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/transparencia\.yaml(:\d+)?: el campo «Categorías › 1 › Numerales › 10 › Enlace» \(link\) enlaza «\/atencion-ciudadana\/», una página que no existe en el sitio\. ¿Quiso decir «\/atencion-al-ciudadano\/»\?/);
    expect(r.stderr).toMatch(/transparencia\.yaml(:\d+)?: el campo «Categorías › 1 › Numerales › 1 › Subnumerales › 1 › Enlace» \(link\) enlaza «\/quien-somos\/», una página que no existe en el sitio\. ¿Quiso decir «\/quienes-somos\/»\?/);
  });

  it("names the Registro's category whose address goes to a page the site lacks", () => {
    const content = copyContent();
    const file = path.join(content, "instrumentos/registro-de-activos.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}    published_at: /historias-laborales/\n`);
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/instrumentos\/registro-de-activos\.yaml(:\d+)?: el campo «Categorías de información › 1 › Dónde está publicada» \(published_at\) enlaza «\/historias-laborales\/», una página que no existe en el sitio/);
  });

  it("names the Registro's category whose address goes to a section its page lacks", () => {
    const content = copyContent();
    const file = path.join(content, "instrumentos/registro-de-activos.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}    published_at: /quienes-somos/#historias-laborales\n`);
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/instrumentos\/registro-de-activos\.yaml(:\d+)?: el campo «Categorías de información › 1 › Dónde está publicada» \(published_at\) enlaza «\/quienes-somos\/#historias-laborales», pero la página «\/quienes-somos\/» no tiene la sección «historias-laborales»/);
  });

  it("names the instrument, the row and the legal column it lacks", () => {
    const content = copyContent();
    const file = path.join(content, "instrumentos/indice-de-informacion-clasificada.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^    exception_basis: .*\n/m, ""));
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/instrumentos\/indice-de-informacion-clasificada\.yaml(:\d+)?: el campo «Información clasificada o reservada › 1 › Fundamento jurídico de la excepción» \(exception_basis\) es obligatorio y está vacío o falta/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it("refuses two entries that claim one URL", () => {
    const content = copyContent();
    writeFileSync(path.join(content, "paginas/noticias.md"), "---\ntitle: Noticias\nsummary: Otra página de noticias.\n---\nTexto\n");
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/misma dirección «\/noticias\/»: listado de noticias y .*paginas\/noticias\.md/);
  });
});

describe("a build that fails on a dead /media/ link in the text", () => {
  it("names the entry, the text field's label and the missing file, and publishes nothing", () => {
    const content = copyContent();
    const file = path.join(content, "noticias/2024-03-05-jornada-de-vacunacion.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nConsulte el [Decreto 099 de 2023](/media/normativa/decreto-099-2023.pdf).\n`);
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /noticias\/2024-03-05-jornada-de-vacunacion\.md:\d+: el campo «Texto» \(body\) enlaza el archivo «\/media\/normativa\/decreto-099-2023\.pdf», que no está en content\/media\/normativa\/decreto-099-2023\.pdf/,
    );
  });
});

describe("a build that fails on a link to a page or section the site does not have", () => {
  it("names the file, the line and the link, suggests the page meant, and publishes nothing", () => {
    const content = copyContent();
    const file = path.join(content, "noticias/2024-03-05-jornada-de-vacunacion.md");
    writeFileSync(
      file,
      `${readFileSync(file, "utf8")}\nVea el [decreto](/normativa/decreto-046-2008/) y la [noticia del año próximo](/noticias/2099-01-01-programada/).\n\nEl [índice](/planes)\n`,
    );
    const out = path.join(tempDir(), "_site");
    const r = runBuild(content, out);
    expect(r.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain("2 enlaces llevan a una página o sección que el sitio no tiene");
    expect(r.stderr).toMatch(/jornada-de-vacunacion\.md:14: el campo «Texto» \(body\) enlaza «\/normativa\/decreto-046-2008\/», una página que no existe en el sitio\. ¿Quiso decir «\/normativa\/decreto-045-2008\/»\?/);
    expect(r.stderr).toMatch(/enlaza «\/noticias\/2099-01-01-programada\/», la página de «[^»]+», que se publicará el 1 de enero de 2099: quite el enlace hasta entonces/);
    // «/planes» without its final slash reaches the page.
    expect(r.stderr).not.toContain("«/planes»");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a link to a section the page does not have, once the pages are rendered", () => {
    const content = copyContent();
    const file = path.join(content, "noticias/2024-03-05-jornada-de-vacunacion.md");
    writeFileSync(file, `${readFileSync(file, "utf8")}\nVea el [marco legal](/planes/plan-de-prueba/#marco-lega) y [las jornadas](#proximas-jornadas).\n`);
    const r = runBuild(content, path.join(tempDir(), "_site"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("enlaza «/planes/plan-de-prueba/#marco-lega», pero la página «/planes/plan-de-prueba/» no tiene la sección «marco-lega». ¿Quiso decir «#marco-legal»?");
    // The same page's own heading is a good target.
    expect(r.stderr).not.toContain("#proximas-jornadas");
  });
});
