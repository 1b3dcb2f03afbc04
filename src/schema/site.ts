/**
 * The site's identity: the one file another municipality edits to adopt the portal (content/sitio.yaml).
 */
import { z } from "zod";
import { boolean, file, list, number, object, objectSchema, select, string, text, type Infer } from "./fields.ts";

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
  logo: file({
    label: "Logo o escudo",
    hint: "La imagen que identifica a la entidad en la entrada del administrador de contenidos: SVG, PNG, JPG o WebP subido a content/media/.",
    accept: [".svg", ".png", ".jpg", ".jpeg", ".webp"],
    required: false,
  }),
  cms: object({
    label: "Administrador de contenidos",
    fields: {
      backend: select({
        label: "Cuentas con que entra el personal",
        hint: "Cada funcionario entra con su propia cuenta del servicio donde está el repositorio; Git registra quién propuso y quién publicó cada cambio.",
        options: [
          { value: "github", label: "GitHub (inicio de sesión a través de Netlify)" },
          { value: "gitlab", label: "GitLab (sin servidor de autenticación)" },
        ],
        retired: {
          "git-gateway":
            "«git-gateway» (Netlify Identity) ya no se admite: Netlify dejó de desarrollarlo en 2025 y con él una sola llave abre y publica todos los cambios, así que Git no registra quién publicó. Escriba «github» o «gitlab» y siga la sección «Conexión en producción» del README",
        },
      }),
      repo: string({
        label: "Repositorio",
        hint: "«organizacion/repositorio», tal como aparece en la dirección del repositorio en GitHub o GitLab.",
        pattern: { regex: /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/, description: "«organizacion/repositorio», como «alcaldia-palmar/portal»" },
      }),
      branch: string({ label: "Rama", hint: "La rama que se publica." }),
      gitlab_app_id: string({
        label: "Identificador de la aplicación de GitLab",
        hint: "Solo con GitLab: el «Application ID» de la aplicación OAuth creada para el portal (no es secreto).",
        required: false,
        pattern: { regex: /^[A-Za-z0-9]+$/, description: "el «Application ID» que muestra GitLab, solo letras y cifras" },
      }),
      gitlab_url: string({
        label: "Dirección de GitLab",
        hint: "Solo para un GitLab propio de la entidad, como «https://git.santander.gov.co»; vacío: https://gitlab.com.",
        required: false,
        pattern: { regex: /^https:\/\/[a-z0-9.-]+(?::\d+)?$/, description: "una dirección https sin barra final" },
      }),
      preview_context: string({
        label: "Verificación de la vista previa",
        hint: "El nombre con que Netlify marca la vista previa en cada solicitud de cambios, como «netlify/portal-palmar/deploy-preview». Vacío: la primera verificación cuyo nombre contenga «deploy».",
        required: false,
      }),
      editorial_workflow: boolean({ label: "Revisión antes de publicar", defaultValue: true }),
      max_upload_mb: number({
        label: "Tamaño máximo de un archivo subido (MB)",
        hint: "Las imágenes y los PDF más pesados se rechazan en el formulario. GitHub y GitLab no aceptan archivos de más de 100 MB y el ciudadano los descarga por datos móviles: 10 MB basta para un acta escaneada a 200 ppp.",
        min: 1,
        max: 50,
        integer: true,
        required: false,
      }),
    },
  }),
} as const;

/** Uploads are refused over this size unless sitio.yaml says otherwise (cms.max_upload_mb). */
export const DEFAULT_MAX_UPLOAD_MB = 10;

export type SiteData = Infer<typeof siteFields>;

// GitLab's login needs the application's id; GitHub's goes through Netlify and needs nothing more.
export const siteSchema = (objectSchema(siteFields) as z.ZodType<SiteData>).superRefine((site, ctx) => {
  if (site.cms.backend === "gitlab" && !site.cms.gitlab_app_id) {
    ctx.addIssue({ code: "custom", path: ["cms", "gitlab_app_id"], message: "es obligatorio con «backend: gitlab»: copie el «Application ID» de la aplicación OAuth del portal en GitLab (README, «Conexión en producción»)" });
  }
});

export function maxUploadBytes(site: SiteData): number {
  return (site.cms.max_upload_mb ?? DEFAULT_MAX_UPLOAD_MB) * 1024 * 1024;
}
