/**
 * The dev server's notice, in the browser, that the content has a problem: the open tab keeps the last
 * good page, and says so above it, naming the file, the line and the field. Gone once the file is fixed.
 */
import { fieldName, type ContentIssue } from "../content/errors.ts";

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export interface DevError {
  message: string;
  issues?: ContentIssue[];
}

/** The notice's HTML. Only the dev server shows it: its page has no CSP, so it carries its own style. */
export function errorOverlay(error: DevError): string {
  const items = error.issues?.length
    ? error.issues.map((i) => {
        const where = `<code>${escape(i.file)}</code>${i.line ? `, línea ${i.line}` : ""}`;
        const name = fieldName(i);
        return `<li>${where}: ${name ? `el campo ${escape(name)} ` : ""}${escape(i.message)}.</li>`;
      })
    : [`<li>${escape(error.message).replace(/\n/g, "<br>")}</li>`];
  const n = error.issues?.length ?? 1;
  return (
    `<div id="portal-aviso-desarrollo" role="alert" style="position:sticky;top:0;z-index:1000;background:#fff4f4;color:#1b1b1b;border:4px solid #b10e1e;` +
    `padding:1rem 1.25rem;font:1rem/1.5 system-ui,sans-serif;max-height:60vh;overflow:auto">` +
    `<p style="margin:0 0 .5rem"><strong>${n === 1 ? "El contenido tiene un problema" : `El contenido tiene ${n} problemas`} y el sitio no se pudo actualizar.</strong> ` +
    `Esta página es la última versión válida.</p>` +
    `<ul style="margin:0 0 .5rem;padding-left:1.25rem">${items.join("")}</ul>` +
    `<p style="margin:0">Guarde el archivo corregido: el aviso desaparece solo. (Solo se ve en el servidor de desarrollo.)</p></div>`
  );
}

/** The page with the notice first thing in its <body>. */
export function withOverlay(html: string, error: DevError): string {
  const overlay = errorOverlay(error);
  return /<body[^>]*>/.test(html) ? html.replace(/<body[^>]*>/, (tag) => `${tag}${overlay}`) : overlay + html;
}
