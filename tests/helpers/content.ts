import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { loadPortal } from "../../src/content/load.ts";
import type { Portal } from "../../src/content/types.ts";
import { FIXTURE_SITE } from "./build.ts";

export type Files = Record<string, string>;

/** A content folder with the fixture's identity, transparency and instrument files, plus the given entries. */
export function makeContent(files: Files, { withFixtureEntries = false } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-contenido-"));
  if (withFixtureEntries) cpSync(FIXTURE_SITE, dir, { recursive: true });
  // Identity, transparency, its instruments and the pages every site must have; no other entries.
  else for (const f of ["sitio.yaml", "transparencia.yaml", "instrumentos", "datos-abiertos.yaml", "paginas"]) cpSync(path.join(FIXTURE_SITE, f), path.join(dir, f), { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

export function news(id: string, date: string, extra = ""): Files {
  return {
    [`noticias/${id}.md`]: `---\ntitle: Noticia ${id}\ndate: ${date}\nsummary: Resumen de ${id}.\ncategory: gobierno\noffice: Despacho del Alcalde\n${extra}---\nTexto de ${id}.\n`,
  };
}

export function act(id: string, date: string, extra = "type: decreto\nissuer: Alcaldía Municipal\n"): Files {
  const number = id.split("-")[1] ?? "001";
  return {
    [`normativa/${id}.md`]: `---\n${extra}number: "${number}"\ndate: ${date}\nsubject: Asunto de ${id}.\nstatus: vigente\n---\nTexto de ${id}.\n`,
  };
}

export const FREQUENCY_PLAN: Files = {
  "planes/plan.md": `---
title: Plan de acción
summary: Plan de prueba.
period: 2024-2027
approved: 2024-01-15
approved_by: Comité
signatories:
  - name: Persona
    role: Alcalde
indicators:
  - id: frecuencia-actualizacion
    name: Actualizaciones por mes
    wording: Frecuencia de actualización del sitio Web
    target: { value: 4, unit: publicaciones, period: month, wording: 4 veces en el mes }
    rule: { collections: [noticias, normativa, planes], measure: count }
---
Texto.
`,
};

export function load(dir: string, now: string): Portal {
  return loadPortal({ contentDir: dir, now: DateTime.fromISO(now, { zone: "America/Bogota" }) });
}
