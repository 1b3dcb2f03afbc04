/**
 * The site's identity: the one file another municipality edits to adopt the portal (content/sitio.yaml).
 */
import { boolean, list, object, objectSchema, select, string, text, type Infer } from "./fields.ts";

const phone = (label: string, hint?: string) =>
  string({
    label,
    hint,
    pattern: { regex: /^\+57 [0-9 ]{7,15}$/, description: "un teléfono con el indicativo del país, como «+57 607 724 8531»" },
  });

const email = (label: string) =>
  string({ label, pattern: { regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, description: "un correo electrónico válido" } });

export const siteFields = {
  entity: string({ label: "Nombre de la entidad", hint: "Como aparece en el pie de página: «Alcaldía Municipal de Palmar»." }),
  short_name: string({ label: "Nombre corto", hint: "Para la barra del navegador: «Alcaldía de Palmar»." }),
  municipality: string({ label: "Municipio" }),
  department: string({ label: "Departamento" }),
  url: string({
    label: "Dirección del sitio",
    hint: "La dirección pública, con https y sin barra final.",
    pattern: { regex: /^https:\/\/[a-z0-9.-]+(?::\d+)?$/, description: "una dirección como «https://www.palmar-santander.gov.co»" },
  }),
  motto: string({ label: "Lema" }),
  description: text({ label: "Descripción del sitio", hint: "Una o dos frases para buscadores y lectores de noticias.", maxLength: 300 }),
  address: string({ label: "Dirección de la sede" }),
  postal_code: string({ label: "Código postal", required: false }),
  hours: list({ label: "Horario de atención", item: string({ label: "Franja" }), min: 1, required: true }),
  phones: list({
    label: "Teléfonos",
    required: true,
    min: 1,
    item: object({ label: "Teléfono", fields: { label: string({ label: "Descripción" }), number: phone("Número") } }),
  }),
  toll_free: string({ label: "Línea gratuita", hint: "Como «018000 95 95 95». Vacía si la entidad no tiene: el pie de página lo dice.", required: false, pattern: { regex: /^0?1 ?8000[0-9 ]{4,10}$/, description: "una línea gratuita como «018000 910 000»" } }),
  anticorruption_line: string({ label: "Línea anticorrupción", hint: "Teléfono o canal de denuncias de corrupción." }),
  email: email("Correo institucional"),
  judicial_email: email("Correo para notificaciones judiciales"),
  offices: list({ label: "Dependencias", hint: "Las oficinas que publican noticias.", required: true, min: 1, item: string({ label: "Dependencia" }) }),
  issuers: list({ label: "Órganos que expiden actos", hint: "Alcaldía, Concejo, comités…", required: true, min: 1, item: string({ label: "Órgano" }) }),
  cms: object({
    label: "Administrador de contenidos",
    fields: {
      backend: select({
        label: "Conexión del administrador",
        options: [
          { value: "git-gateway", label: "Netlify Identity (git-gateway)" },
          { value: "github", label: "GitHub" },
        ],
      }),
      repo: string({ label: "Repositorio de GitHub", hint: "«organizacion/repositorio»; solo con la conexión GitHub.", required: false }),
      branch: string({ label: "Rama", hint: "La rama que se publica." }),
      editorial_workflow: boolean({ label: "Revisión antes de publicar", defaultValue: true }),
    },
  }),
} as const;

export const siteSchema = objectSchema(siteFields);
export type SiteData = Infer<typeof siteFields>;
