import { describe, expect, it } from "vitest";
import { checkLinks, closest, routeIndex } from "../../src/routes/links.ts";
import type { Route } from "../../src/routes/types.ts";

const page = (url: string, html = ""): Route<string> => ({ url, source: url, props: html, render: (props) => props });
const render = (r: Route) => r.render(r.props, { site: {} as never, url: r.url, stylesheet: "" });
const routes = [
  page("/contacto/", '<h2 id="sede-de-la-alcaldia">Sede</h2><h2 id="horario-de-atencion-presencial">Horario</h2>'),
  page("/normativa/"),
  page("/normativa/decreto-045-2008/"),
  page("/datos-abiertos/normativa.csv"),
];
const index = routeIndex(routes, { mediaExists: (p) => p === "/media/acta.pdf", render });
const check = (link: string) => checkLinks([{ file: "content/transparencia.yaml", field: "categories.0.items.3.link", label: "Categorías › 1 › Numerales › 4 › Enlace", link, from: "del numeral 1.4 «Directorio»" }], index);

describe("the check of links to the site's own pages", () => {
  it("accepts pages, files, uploaded documents, sections that exist, and other hosts", () => {
    for (const ok of ["/contacto/", "/contacto/#horario-de-atencion-presencial", "/normativa/decreto-045-2008/", "/datos-abiertos/normativa.csv", "/media/acta.pdf", "https://www.suit.gov.co/"]) {
      expect(check(ok), ok).toEqual([]);
    }
  });

  it("refuses a page that does not exist, naming the file, the field, who links, and the closest address", () => {
    expect(check("/normativa/decreto-045-2009/")).toEqual([
      {
        file: "content/transparencia.yaml",
        field: "categories.0.items.3.link",
        label: "Categorías › 1 › Numerales › 4 › Enlace",
        message: "del numeral 1.4 «Directorio» enlaza «/normativa/decreto-045-2009/», una dirección que no existe en el sitio: ¿quiso escribir «/normativa/decreto-045-2008/»? Corrija el enlace; si la página todavía no está publicada, quítelo y diga qué falta",
      },
    ]);
    expect(check("/contacto")[0]!.message).toMatch(/¿quiso escribir «\/contacto\/»\? Las páginas del sitio terminan en «\/»\. Corrija/);
    expect(check("/presupuesto-2030/")[0]!.message).toMatch(/una dirección que no existe en el sitio\. Corrija/);
    expect(check("/media/otra.pdf")[0]!.message).toMatch(/«\/media\/otra\.pdf», una dirección que no existe/);
  });

  it("refuses a section the page does not have, with the closest one it has", () => {
    expect(check("/contacto/#horario-de-atencion")[0]!.message).toBe(
      "del numeral 1.4 «Directorio» enlaza «/contacto/#horario-de-atencion», pero la página «/contacto/» no tiene la sección «#horario-de-atencion»: ¿quiso escribir «/contacto/#horario-de-atencion-presencial»? Las secciones de una página son sus títulos escritos en minúsculas, sin tildes, con guiones («Horario de atención» es «#horario-de-atencion»)",
    );
  });

  it("renders only the pages a link points into, once", () => {
    let renders = 0;
    const counted = routeIndex([page("/a/", '<p id="x"></p>'), page("/b/")], { mediaExists: () => false, render: (r) => (renders++, render(r)) });
    checkLinks([{ file: "f", link: "/a/#x" }, { file: "f", link: "/a/#y" }, { file: "f", link: "/b/" }], counted);
    expect(renders).toBe(1);
    expect(closest("/normatva/", ["/normativa/", "/noticias/"])).toBe("/normativa/");
    expect(closest("/zzz/", ["/normativa/"])).toBeUndefined();
  });
});
