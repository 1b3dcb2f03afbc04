import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyContent, FIXTURE_SITE, ROOT } from "../helpers/build.ts";

function validate(contentDir: string) {
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/validate.ts"), contentDir], { cwd: ROOT, encoding: "utf8", env: { ...process.env, PORTAL_NOW: "2026-12-02T10:00" } });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

describe("npm run validate", () => {
  it("prints the transparency list as the Procuraduría reads it: numeral, status, title, where; and the warnings", () => {
    const r = validate(FIXTURE_SITE);
    expect(r.err).toBe("");
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Contenido válido \(noticias: \d+/);
    expect(r.out).toContain("Numerales del anexo 2 de la Resolución 1519 de 2020, como los revisa la Procuraduría (índice ITA), al 2 de diciembre de 2026.");
    expect(r.out).toMatch(/^  1\.10      cumple           Mecanismo de presentación directa de solicitudes[^\n]*\n {29}https:\/\/www\.municipio-ejemplo\.gov\.co\/atencion-al-ciudadano\/$/m);
    expect(r.out).toMatch(/^    4\.6\.1   desactualizado   Informes o comunicados de información relevante †$/m);
    expect(r.out).toMatch(/^  9\.1       no aplica        Normatividad especial$/m);
    expect(r.out).toMatch(/^Resumen: 105 numerales calificables/m);
    expect(r.out).toMatch(/Avisos \(no detienen la construcción\):\n  - .*transparencia\.yaml: el numeral 4\.6 /);
  });

  it("stops at a link to a page the site would not have, as the build does", () => {
    const content = copyContent();
    const file = path.join(content, "transparencia.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("link: /atencion-al-ciudadano/", "link: /atencion-ciudadana/"));
    const r = validate(content);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/transparencia\.yaml(:\d+)?: el campo «Categorías › 1 › Numerales › 10 › Enlace» \(link\) enlaza «\/atencion-ciudadana\/», una página que no existe en el sitio\. ¿Quiso decir «\/atencion-al-ciudadano\/»\?/);
  });
});
