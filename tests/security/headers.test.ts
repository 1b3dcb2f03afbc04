import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { headersForPath, loadHeaderRules, parseCsp, type HeaderRule } from "../../src/security/headers.ts";
import { readFileSync } from "node:fs";
import { adminCspHosts } from "../../src/cms/config.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { siteSchema, type SiteData } from "../../src/schema/site.ts";
import { ROOT } from "../helpers/build.ts";

let rules: HeaderRule[];
beforeAll(async () => {
  rules = await loadHeaderRules(path.join(ROOT, "netlify.toml"));
});
const h = (p: string) => headersForPath(rules, p);

describe("netlify.toml", () => {
  const pages = ["/", "/noticias/2024-03-05-jornada/", "/normativa/decreto-045-2008/", "/buscar/", "/404.html", "/feeds/noticias.xml"];

  it("gives every public page a strict policy that allows only this site, WebAssembly and a same-origin worker", () => {
    for (const p of pages) {
      const csp = parseCsp(h(p)["Content-Security-Policy"]!);
      expect(csp["default-src"], p).toEqual(["'self'"]);
      expect(csp["script-src"], p).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(csp["worker-src"], p).toEqual(["'self'"]);
      expect(csp["style-src"], p).toEqual(["'self'"]);
      expect(csp["frame-ancestors"], p).toEqual(["'none'"]);
      expect(csp["object-src"], p).toEqual(["'none'"]);
      expect(JSON.stringify(csp), p).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    }
  });

  it("sends HSTS, nosniff, a referrer policy and a permissions policy everywhere", () => {
    for (const p of [...pages, "/admin/", "/assets/site.abc.css", "/pagefind/pagefind.js"]) {
      const headers = h(p);
      expect(headers["Strict-Transport-Security"], p).toMatch(/^max-age=\d{8,}; includeSubDomains/);
      expect(headers["X-Content-Type-Options"], p).toBe("nosniff");
      expect(headers["Referrer-Policy"], p).toBe("strict-origin-when-cross-origin");
      expect(headers["Permissions-Policy"], p).toContain("camera=()");
    }
  });

  it("lets the CMS talk to the Git host content/sitio.yaml names, and to no other", () => {
    const site = siteSchema.parse(parseFrontMatter(`---\n${readFileSync(path.join(ROOT, "content/sitio.yaml"), "utf8")}\n---\n`).data) as SiteData;
    const admin = parseCsp(h("/admin/")["Content-Security-Policy"]!);
    const hosts = adminCspHosts(site);
    expect(admin["connect-src"]).toEqual(["'self'", ...hosts.connect]);
    expect(admin["img-src"]).toEqual(["'self'", "data:", "blob:", ...hosts.img]);
    expect(admin["frame-src"]).toEqual(["'self'"]);
    expect(admin["form-action"]).toEqual(["'self'"]);
    expect(JSON.stringify(admin)).not.toMatch(/\*|netlify|identity/i);
  });

  it("relaxes the policy for the CMS only", () => {
    const admin = parseCsp(h("/admin/")["Content-Security-Policy"]!);
    expect(admin["script-src"]).toEqual(expect.arrayContaining(["'unsafe-inline'", "'unsafe-eval'"]));
    expect(admin["frame-ancestors"]).toEqual(["'none'"]);
    expect(h("/admin/index.html")["X-Robots-Tag"]).toBe("noindex");
    // Netlify's "/admin/*" also matches "/administracion/": the loader refuses page names with
    // these prefixes (tests/content/load.test.ts), so no public page can fall under the CMS policy.
    expect(h("/administracion/")["Content-Security-Policy"]).toContain("'unsafe-inline'");
    expect(h("/transparencia/")["Content-Security-Policy"]).not.toContain("'unsafe-inline'");
  });

  it("caches fingerprinted assets and search chunks for a year, and HTML not at all", () => {
    expect(h("/assets/site.0123456789.css")["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    expect(h("/assets/buscar.0123456789.js")["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    expect(h("/pagefind/fragment/es_0a1b2c.pf_fragment")["Cache-Control"]).toBe("public, max-age=31536000, immutable");
    expect(h("/pagefind/pagefind.js")["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
    expect(h("/pagefind/pagefind-entry.json")["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
    for (const p of ["/", "/noticias/", "/buscar/"]) expect(h(p)["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
    expect(h("/feeds/novedades.xml")["Cache-Control"]).toBe("public, max-age=3600");
  });
});
