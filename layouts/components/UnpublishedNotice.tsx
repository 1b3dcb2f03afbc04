import type { Unpublished } from "../../src/content/entry.ts";
import { formatLongDateTime } from "../../src/dates/index.ts";

/** The first thing on the page of an entry the public site does not show: why, and when it will. */
export function UnpublishedNotice({ why }: { why: Unpublished }) {
  const when = why.scheduledFor ? formatLongDateTime(why.scheduledFor) : undefined;
  return (
    <div className="aviso no-publicada" role="note" aria-label="Entrada sin publicar">
      <p>
        <strong>Vista previa: esta entrada no está publicada.</strong>{" "}
        {why.hidden
          ? `Está oculta en el sitio («Ocultar en el sitio»)${when ? ` y además tiene fecha del ${when}` : ""}: los ciudadanos no la ven hasta que se desactive.`
          : `Está programada: aparecerá en el sitio el ${when}. Hasta entonces nadie más la ve.`}
      </p>
    </div>
  );
}
