import path from "node:path";
import { describe, expect, it } from "vitest";
import { FUNCTION_PAGE_HEADERS } from "../../src/pqrsd/security.ts";
import { headersForPath, loadHeaderRules, parseCsp } from "../../src/security/headers.ts";
import { ROOT } from "../helpers/build.ts";

describe("encabezados de las páginas de las funciones", () => {
  it("son los del sitio en netlify.toml, sin lo que solo necesita la búsqueda", async () => {
    const site = headersForPath(await loadHeaderRules(path.join(ROOT, "netlify.toml")), "/atencion-al-ciudadano/pqrsd/");
    const lower = Object.fromEntries(Object.entries(site).map(([k, v]) => [k.toLowerCase(), v]));
    for (const name of ["strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy"]) {
      expect(FUNCTION_PAGE_HEADERS[name], name).toBe(lower[name]);
    }
    const ours = parseCsp(FUNCTION_PAGE_HEADERS["content-security-policy"]!);
    const theirs = parseCsp(lower["content-security-policy"]!);
    for (const [directive, sources] of Object.entries(ours)) {
      // Every source we allow, the site allows too: ours is the same policy or stricter.
      for (const s of sources) expect(theirs[directive] ?? theirs["default-src"], `${directive} ${s}`).toContain(s);
    }
    expect(ours["script-src"]).toEqual(["'self'"]);
    expect(ours["form-action"]).toEqual(["'self'"]);
    expect(ours["frame-ancestors"]).toEqual(["'none'"]);
  });
});
