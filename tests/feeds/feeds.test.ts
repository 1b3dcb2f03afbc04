import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyContent, runBuild, tempDir } from "../helpers/build.ts";

let out: string;

/** Debian's python3-feedparser reads the feed as a feed reader would. */
function feedparser(file: string) {
  const python = ["/usr/bin/python3", "python3"].find((p) => p.startsWith("/") ? existsSync(p) : true)!;
  const script = `
import json, sys
try:
    import feedparser
except ImportError:
    sys.exit("python3-feedparser no está instalado: apt-get install -y python3-feedparser")
d = feedparser.parse(sys.argv[1])
print(json.dumps({"bozo": d.bozo, "error": str(d.get("bozo_exception", "")), "version": d.version,
  "title": d.feed.get("title"), "entries": [{"title": e.get("title"), "link": e.get("link"), "published": e.get("published"),
  "updated": e.get("updated"), "summary": e.get("summary"), "id": e.get("id")} for e in d.entries]}))`;
  return JSON.parse(execFileSync(python, ["-c", script, file], { encoding: "utf8" }));
}

beforeAll(() => {
  const content = copyContent();
  // A title with markup: it must arrive in every feed as text.
  writeFileSync(
    path.join(content, "noticias/2024-03-20-titulo-con-html.md"),
    `---\ntitle: "Obras <b>urgentes</b> & <script>alert(1)</script>"\ndate: 2024-03-20T08:00\nsummary: "Resumen con <i>marcas</i>."\ncategory: obras\noffice: Despacho del Alcalde\n---\nTexto <img src=x onerror=alert(1)>.\n`,
  );
  out = path.join(tempDir(), "_site");
  const r = runBuild(content, out);
  expect(r.status, r.stderr).toBe(0);
});
afterAll(() => rmSync(path.dirname(out), { recursive: true, force: true }));

describe("Atom feeds", () => {
  for (const name of ["noticias", "normativa", "novedades", "frecuencia-publicacion"]) {
    it(`${name}.xml is read without error by a feed reader`, () => {
      const feed = feedparser(path.join(out, `feeds/${name}.xml`));
      expect(Boolean(feed.bozo), feed.error).toBe(false);
      expect(feed.version).toBe("atom10");
      expect(feed.entries.length).toBeGreaterThan(0);
      for (const e of feed.entries) {
        expect(e.link).toMatch(/^https:\/\/www\.municipio-ejemplo\.gov\.co\//);
        expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
      }
    });
  }

  it("keeps markup in titles as text", () => {
    const feed = feedparser(path.join(out, "feeds/noticias.xml"));
    const e = feed.entries.find((x: { title: string }) => x.title.startsWith("Obras"));
    expect(e.title).toBe("Obras <b>urgentes</b> & <script>alert(1)</script>");
    const xml = readFileSync(path.join(out, "feeds/noticias.xml"), "utf8");
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>urgentes");
  });

  it("lists news newest first, with absolute URLs and Bogota offsets", () => {
    const feed = feedparser(path.join(out, "feeds/novedades.xml"));
    const dates = feed.entries.map((e: { published: string }) => e.published);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates[0]).toBe("2024-03-31T23:30:00-05:00");
  });

  it("has one frequency entry per closed month, saying whether the target was met", () => {
    const feed = feedparser(path.join(out, "feeds/frecuencia-publicacion.xml"));
    const march = feed.entries.find((e: { title: string }) => e.title.startsWith("Marzo de 2024"));
    expect(march.title).toBe("Marzo de 2024: 3 publicaciones, meta no cumplida (la meta es 4)");
    expect(march.published).toBe("2024-04-01T00:00:00-05:00");
  });
});

describe("JSON Feed 1.1", () => {
  for (const name of ["noticias", "normativa", "novedades"]) {
    it(`${name}.json has the 1.1 shape`, () => {
      const text = readFileSync(path.join(out, `feeds/${name}.json`), "utf8");
      const feed = JSON.parse(text);
      expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
      expect(typeof feed.title).toBe("string");
      expect(feed.feed_url).toBe(`https://www.municipio-ejemplo.gov.co/feeds/${name}.json`);
      expect(feed.home_page_url).toMatch(/^https:\/\//);
      expect(feed.language).toBe("es-CO");
      expect(Array.isArray(feed.authors)).toBe(true);
      expect(feed.items.length).toBeGreaterThan(0);
      expect(feed.items.length).toBeLessThanOrEqual(50);
      const ids = new Set<string>();
      for (const item of feed.items) {
        expect(typeof item.id).toBe("string");
        expect(ids.has(item.id)).toBe(false);
        ids.add(item.id);
        expect(item.url).toMatch(/^https:\/\//);
        expect(item.content_html ?? item.content_text).toBeTypeOf("string");
        expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
      }
      expect(text).not.toMatch(/<script|<b>|<img/);
    });
  }
});

describe("frecuencia-publicacion.json", () => {
  it("has the agreed shape", () => {
    const report = JSON.parse(readFileSync(path.join(out, "feeds/frecuencia-publicacion.json"), "utf8"));
    expect(report.target).toEqual({ count: 4, period: "month" });
    expect(report.months[0].month).toBe("2008-08");
    for (const m of report.months) {
      expect(Object.keys(m).sort()).toEqual(["byCollection", "closed", "count", "met", "month"]);
      expect(m.count).toBe(m.byCollection.noticias + m.byCollection.normativa + m.byCollection.planes);
    }
    expect(report.lastUpdate).toBe("2024-04-02T00:00:00-05:00");
  });
});

describe("autodiscovery", () => {
  it("every page's head announces the feeds", () => {
    const html = readFileSync(path.join(out, "normativa/index.html"), "utf8");
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="Novedades — Alcaldía de Palmar" href="/feeds/novedades.xml"/>');
    expect(html).toContain('type="application/feed+json"');
  });
});
