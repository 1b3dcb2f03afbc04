import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import type { ChannelContact } from "../components/channel.ts";
import { PqrsdFormSection } from "../components/PqrsdFormSection.tsx";

export interface PqrsdPageProps {
  contact: ChannelContact;
  /** Fingerprinted URL of the form's script. */
  script: string;
  /** The quarterly report of requests. */
  reportUrl: string;
}

export const PQRSD_TITLE = "Presentar una petición, queja, reclamo, sugerencia o denuncia (PQRSD)";

/**
 * The PQRSD form (Resolución 1519 de 2020, anexo 2, item 1.10). The Netlify Function answers a submission
 * with this same page, replacing what lies between the two empty <template> marks: the form again with
 * the citizen's values and errors, or the receipt.
 */
export function PqrsdPage({ ctx, contact, script, reportUrl }: PqrsdPageProps & { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title={PQRSD_TITLE}
      description="Formulario para presentar peticiones, quejas, reclamos, sugerencias, denuncias, solicitudes de información y consultas ante la Alcaldía, con número de radicado."
      breadcrumbs={[{ label: "Atención y servicios a la ciudadanía", url: "/atencion-al-ciudadano/" }, { label: "PQRSD" }]}
      search={{ type: "Página", title: PQRSD_TITLE }}
      head={<script type="module" src={script} />}
      feedback={false}
    >
      <h1>{PQRSD_TITLE}</h1>
      <template id="pqrsd-inicio"></template>
      <PqrsdFormSection contact={contact} />
      <template id="pqrsd-fin"></template>
      <p className="no-imprimir">
        <a href={reportUrl}>Informe de solicitudes recibidas</a> (Decreto 103 de 2015, artículo 52).
      </p>
    </Layout>
  );
}
