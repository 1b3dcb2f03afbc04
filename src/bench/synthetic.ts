/** Synthetic news shaped like the real ones, valid for our schemas, for the bench. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const SUBJECTS = ["vías terciarias", "el acueducto veredal", "la escuela de El Cucharo", "el puesto de salud", "la plaza de mercado", "el polideportivo", "la biblioteca municipal", "el programa de adulto mayor", "la casa de la cultura", "el comité de Gobierno en Línea"];
const ACTIONS = ["Avanzan las obras en", "Comunidad participa en la socialización sobre", "La Alcaldía entrega informe de", "Se inicia el mantenimiento de", "Capacitación a funcionarios sobre", "Convocatoria abierta para", "Rendición de cuentas sobre", "Jornada de trabajo comunitario en"];
const CATEGORIES = ["gobierno", "obras", "salud", "educacion", "cultura", "participacion", "agro", "social"];
const OFFICES = ["Despacho del Alcalde", "Secretaría de Gobierno", "Secretaría de Hacienda", "Secretaría de Planeación y Obras Públicas"];
const PARAGRAPHS = [
  "La administración municipal informa a la comunidad de Palmar que los trabajos se adelantan según el cronograma previsto, con la participación de las juntas de acción comunal y el acompañamiento de la Personería Municipal.",
  "Los recursos provienen del presupuesto aprobado por el Concejo Municipal para la vigencia, y su ejecución puede consultarse en la sección de normativa y en los informes de gestión publicados en este portal.",
  "Las personas interesadas pueden acercarse a la Alcaldía, en la Calle 5 No. 3-21, de lunes a viernes, o escribir al correo institucional para resolver sus dudas o presentar sugerencias.",
  "El equipo de la Secretaría de Planeación visitó las veredas para verificar el estado de los caminos y priorizar las intervenciones con las comunidades, que aportaron mano de obra y materiales.",
  "Con estas acciones se da cumplimiento a las metas del plan de desarrollo y a los compromisos adquiridos en la última audiencia pública de rendición de cuentas.",
];

/** A deterministic pseudo-random sequence, so every bench run writes the same content. */
function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

export function writeSyntheticNews(contentDir: string, count: number, seed = 42): string[] {
  const dir = path.join(contentDir, "noticias");
  mkdirSync(dir, { recursive: true });
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const start = Date.UTC(2009, 0, 1);
  const span = Date.UTC(2026, 9, 31) - start;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const when = new Date(start + Math.floor((span * i) / count) + Math.floor(rand() * 86_400_000));
    const date = when.toISOString().slice(0, 10);
    const subject = pick(SUBJECTS);
    const title = `${pick(ACTIONS)} ${subject} (${i + 1})`;
    const id = `${date}-sintetica-${String(i + 1).padStart(5, "0")}`;
    const body = Array.from({ length: 4 }, (_, k) => (k === 2 ? `## Detalles\n\n${pick(PARAGRAPHS)}` : pick(PARAGRAPHS))).join("\n\n");
    const file = path.join(dir, `${id}.md`);
    writeFileSync(
      file,
      `---\ntitle: "${title}"\ndate: ${date}T${String(8 + (i % 9)).padStart(2, "0")}:00\nsummary: "Información de la administración municipal sobre ${subject}."\ncategory: ${pick(CATEGORIES)}\noffice: ${pick(OFFICES)}\n---\n${body}\n`,
    );
    files.push(file);
  }
  return files;
}
