/** Large and pathological Markdown: every case must finish (the test timeout is the bound). */
import { writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkMarkdown, renderMarkdown } from "../../src/markdown/index.ts";
import { copyContent, runBuild, tempDir } from "../helpers/build.ts";

const paragraph = "El Concejo Municipal aprobó el presupuesto con recursos para vías terciarias, salud y educación. ";
const CASES: Record<string, string> = {
  "un cuerpo de 1 MB": Array.from({ length: 11_000 }, (_, i) => (i % 40 === 0 ? `## Sección ${i}\n\n` : "") + paragraph).join("\n\n"),
  "citas anidadas 10.000 niveles": `${"> ".repeat(10_000)}texto`,
  "listas anidadas 5.000 niveles": Array.from({ length: 5_000 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n"),
  "100.000 corchetes abiertos": "[".repeat(100_000),
  "100.000 asteriscos": "*a".repeat(50_000),
  "enlaces sin cerrar": "[a](".repeat(30_000),
  "tabla de 2.000 filas y 30 columnas": [
    `| ${Array.from({ length: 30 }, (_, i) => `C${i}`).join(" | ")} |`,
    `| ${Array.from({ length: 30 }, () => "---").join(" | ")} |`,
    ...Array.from({ length: 2_000 }, (_, r) => `| ${Array.from({ length: 30 }, (_, c) => `${r}.${c}`).join(" | ")} |`),
  ].join("\n"),
  "comillas invertidas": "`".repeat(50_000),
  "entidades": "&#x41;".repeat(100_000),
};

describe("pathological Markdown", () => {
  for (const [name, source] of Object.entries(CASES)) {
    it(`renders ${name}`, { timeout: 15_000 }, () => {
      const html = renderMarkdown(source);
      expect(html.length).toBeGreaterThan(0);
      expect(checkMarkdown(source)).toEqual([]);
    });
  }
});

describe("a full build with a 1 MB news item", () => {
  it("builds", { timeout: 60_000 }, () => {
    const dir = copyContent();
    writeFileSync(
      path.join(dir, "noticias/2024-06-01-informe-extenso.md"),
      `---\ntitle: Informe extenso\ndate: 2024-06-01\nsummary: Un informe muy largo.\ncategory: gobierno\noffice: Despacho del Alcalde\n---\n${CASES["un cuerpo de 1 MB"]}\n`,
    );
    const out = path.join(tempDir(), "_site");
    const r = runBuild(dir, out);
    expect(r.status, r.stderr).toBe(0);
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.dirname(out), { recursive: true, force: true });
  });
});
