import { describe, expect, it } from "vitest";
import { checkAnchors, idsIn, resolveLink, type LinkSource } from "../../src/routes/links.ts";

const SITE = "https://www.palmar-santander.gov.co";
const source = (href: string, page = "/noticias/una/"): LinkSource => ({ href, page, file: "content/noticias/una.md", line: 3, field: "body", label: "Texto" });

describe("resolveLink", () => {
  it("resolves site links, relative ones and the site's own absolute address", () => {
    expect(resolveLink("/normativa/decreto-045-2008/#articulo-1", "/noticias/una/", SITE)).toEqual({ path: "/normativa/decreto-045-2008/", fragment: "articulo-1" });
    expect(resolveLink("../otra/", "/noticias/una/", SITE)).toEqual({ path: "/noticias/otra/" });
    expect(resolveLink("#metas", "/planes/plan/", SITE)).toEqual({ path: "/planes/plan/", fragment: "metas" });
    expect(resolveLink(`${SITE}/transparencia/`, "/", SITE)).toEqual({ path: "/transparencia/" });
    expect(resolveLink("/buscar/?q=decreto", "/", SITE)).toEqual({ path: "/buscar/" });
  });
  it("leaves other sites alone", () => {
    expect(resolveLink("https://www.gov.co/", "/", SITE)).toBeUndefined();
    expect(resolveLink("//otro.example/x", "/", SITE)).toBeUndefined();
  });
});

describe("checkAnchors", () => {
  const ids = new Map([["/planes/plan/", idsIn('<h2 id="marco-legal">Marco</h2><section id="metas"></section>')]]);
  it("accepts a section the page has and suggests the one a typo meant", () => {
    const issues = checkAnchors([source("/planes/plan/#metas"), source("/planes/plan/#marco-lega")], (u) => ids.get(u), SITE);
    expect(issues).toEqual([
      {
        file: "content/noticias/una.md",
        line: 3,
        field: "body",
        label: "Texto",
        message: "enlaza «/planes/plan/#marco-lega», pero la página «/planes/plan/» no tiene la sección «marco-lega». ¿Quiso decir «#marco-legal»?",
      },
    ]);
  });
});
