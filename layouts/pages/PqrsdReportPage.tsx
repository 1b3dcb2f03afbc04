import { formatMonthKey } from "../../src/dates/index.ts";
import { REQUEST_TYPES } from "../../src/forms/pqrsd.ts";
import type { QuarterReport } from "../../src/pqrsd/report.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { DataTable } from "../components/DataTable.tsx";

export interface PqrsdReportPageProps {
  /** Counts read from the filings' store by this build, or why there are none. */
  data: { available: true; quarters: QuarterReport[]; months: { month: string; count: number }[] } | { available: false; reason: string };
  csvUrl: string;
  formUrl: string;
}

const TITLE = "Informe de solicitudes de PQRSD recibidas";

const quarterLabel = (q: string) => `${["Primer", "Segundo", "Tercer", "Cuarto"][Number(q.slice(-1)) - 1]} trimestre de ${q.slice(0, 4)}`;
const days = (d: QuarterReport["answerDays"]) => (d ? `${String(d.average).replace(".", ",")} (máximo ${d.max})` : "Sin respuestas registradas");

/**
 * The quarterly report of requests (Decreto 103 de 2015, art. 52): received by type (the site knows
 * it), and transferred, denied and answer time (staff record them). Counts only: nothing of a filing.
 */
export function PqrsdReportPage({ ctx, data, csvUrl, formUrl }: PqrsdReportPageProps & { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title={TITLE}
      description="Solicitudes de PQRSD recibidas por el portal, por trimestre y por tipo, con las trasladadas, negadas y el tiempo de respuesta (Decreto 103 de 2015, art. 52)."
      breadcrumbs={[{ label: "Atención y servicios a la ciudadanía", url: "/atencion-al-ciudadano/" }, { label: "PQRSD", url: formUrl }, { label: "Informe" }]}
      search={{ type: "Página", title: TITLE }}
    >
      <h1>{TITLE}</h1>
      <p className="entradilla">
        Cuántas solicitudes llegaron por el <a href={formUrl}>formulario del portal</a>, de qué tipo, y qué pasó con ellas, por trimestre (Decreto
        103 de 2015, artículo 52). Solo cifras: ningún dato de quien las presentó.
      </p>
      <p>
        El portal sabe por sí mismo cuántas recibió, cuándo y de qué tipo. Si se respondieron, se trasladaron a otra entidad o se negaron, y
        cuándo, lo registra el personal de la Alcaldía al tramitar cada una; las que no tienen ese registro cuentan como «sin gestión
        registrada». El tiempo de respuesta se cuenta en días hábiles desde la recepción. Las solicitudes presentadas en la ventanilla, por
        correo o por teléfono no están en este informe.
      </p>
      {!data.available ? (
        <p className="aviso">
          <strong>No hay datos en esta publicación del portal:</strong> {data.reason}. Las cifras aparecen cuando el sitio se construye en Netlify,
          donde se guardan las solicitudes.
        </p>
      ) : data.quarters.length === 0 ? (
        <p className="aviso">Todavía no se ha recibido ninguna solicitud por el formulario.</p>
      ) : (
        <>
          <DataTable
            label="Solicitudes por trimestre"
            caption="Solicitudes recibidas por trimestre, por tipo, y su gestión"
            rows={data.quarters}
            rowKey={(q) => q.quarter}
            columns={[
              { header: "Trimestre", cell: (q: QuarterReport) => quarterLabel(q.quarter) },
              { header: "Recibidas", cell: (q: QuarterReport) => q.total },
              ...REQUEST_TYPES.map((t) => ({ header: t.label, cell: (q: QuarterReport) => q.received[t.value] })),
              { header: "Respondidas", cell: (q: QuarterReport) => q.answered },
              { header: "Trasladadas a otra entidad", cell: (q: QuarterReport) => q.transferred },
              { header: "Negadas", cell: (q: QuarterReport) => q.denied },
              { header: "Desistidas o archivadas", cell: (q: QuarterReport) => q.closed },
              { header: "Sin gestión registrada o en trámite", cell: (q: QuarterReport) => q.open },
              { header: "Días hábiles para responder (promedio)", cell: (q: QuarterReport) => days(q.answerDays) },
            ]}
          />
          <DataTable
            label="Solicitudes de acceso a información pública"
            caption="Solicitudes de acceso a información pública por trimestre (Decreto 103 de 2015, art. 52)"
            rows={data.quarters}
            rowKey={(q) => q.quarter}
            columns={[
              { header: "Trimestre", cell: (q: QuarterReport) => quarterLabel(q.quarter) },
              { header: "Recibidas", cell: (q: QuarterReport) => q.information.received },
              { header: "Trasladadas a otra entidad", cell: (q: QuarterReport) => q.information.transferred },
              { header: "Negadas", cell: (q: QuarterReport) => q.information.denied },
              { header: "Respondidas", cell: (q: QuarterReport) => q.information.answered },
              { header: "Días hábiles para responder (promedio)", cell: (q: QuarterReport) => days(q.information.answerDays) },
            ]}
          />
          <DataTable
            label="Consultas por mes"
            caption="Número de consultas reportadas en la página web, por mes"
            rows={data.months}
            rowKey={(m) => m.month}
            columns={[
              { header: "Mes", cell: (m: { month: string; count: number }) => formatMonthKey(m.month, true) },
              { header: "Solicitudes recibidas", cell: (m: { month: string; count: number }) => m.count },
            ]}
          />
          <p>
            Datos abiertos: <a href={csvUrl}>el informe trimestral en CSV</a>.
          </p>
        </>
      )}
    </Layout>
  );
}
