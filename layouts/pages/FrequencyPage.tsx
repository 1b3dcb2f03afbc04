import { formatMonthKey } from "../../src/dates/index.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { BarChart } from "../components/BarChart.tsx";
import { DataTable } from "../components/DataTable.tsx";

/** What the page shows of the publication-frequency report (src/feeds/frequency.ts). */
export interface FrequencySummary {
  target: { count: number };
  source: { plan: string; planUrl: string; wording: string; targetWording: string };
  months: { month: string; count: number; met: boolean; closed: boolean; byCollection: { noticias: number; normativa: number; planes: number } }[];
  currentStreak: number;
  last12MonthsMet: number;
}

export interface FrequencyPageProps {
  report: FrequencySummary;
}

export function FrequencyPage({ ctx, report }: FrequencyPageProps & { ctx: PageContext }) {
  const last24 = report.months.slice(-24);
  const closed = report.months.filter((m) => m.closed);
  const metTotal = closed.filter((m) => m.met).length;
  const bars = last24.map((m) => ({
    label: formatMonthKey(m.month, true),
    short: `${formatMonthKey(m.month).slice(0, 3)} ${m.month.slice(2, 4)}`,
    value: m.count,
    met: m.met,
  }));
  const first = last24[0];
  const last = last24[last24.length - 1];
  const description = first && last
    ? `Publicaciones por mes de ${formatMonthKey(first.month)} a ${formatMonthKey(last.month)}, frente a la meta de ${report.target.count}. ` +
      `Se cumplió en ${last24.filter((m) => m.met).length} de ${last24.length} meses.`
    : "Aún no hay publicaciones.";
  return (
    <Layout
      ctx={ctx}
      title="Frecuencia de actualización del sitio web"
      description={`Cuántas publicaciones hace el portal cada mes, frente a la meta del plan: ${report.source.targetWording}.`}
      breadcrumbs={[{ label: "Planes", url: "/planes/" }, { label: report.source.plan, url: report.source.planUrl }, { label: "Frecuencia de actualización" }]}
      search={{ type: "Página" }}
    >
      <h1>Frecuencia de actualización del sitio web</h1>
      <p>
        El <a href={report.source.planUrl}>{report.source.plan}</a> mide «{report.source.wording}» con la meta «{report.source.targetWording}». El
        portal cuenta cada mes las noticias, los actos de normativa y los planes publicados (hora de Colombia). Los borradores y las publicaciones
        programadas no cuentan.
      </p>
      <ul className="cifras">
        <li>
          <strong>{metTotal}</strong> de {closed.length} meses cerrados cumplieron la meta.
        </li>
        <li>
          <strong>{report.last12MonthsMet}</strong> de los últimos {Math.min(12, closed.length)} meses cerrados cumplieron la meta.
        </li>
        <li>
          Racha actual: <strong>{report.currentStreak}</strong> {report.currentStreak === 1 ? "mes seguido" : "meses seguidos"} cumpliendo la meta.
        </li>
      </ul>
      <h2>Últimos 24 meses</h2>
      <BarChart id="frecuencia" title="Publicaciones por mes" description={description} bars={bars} target={report.target.count} unit="publicaciones" />
      <DataTable
        label="Publicaciones por mes"
        caption={`Publicaciones por mes y cumplimiento de la meta (${report.target.count} al mes), del mes más reciente al más antiguo`}
        rows={[...report.months].reverse()}
        rowKey={(m) => m.month}
        rowId={(m) => `mes-${m.month}`}
        columns={[
          { header: "Mes", cell: (m) => formatMonthKey(m.month, true) },
          { header: "Noticias", cell: (m) => m.byCollection.noticias },
          { header: "Normativa", cell: (m) => m.byCollection.normativa },
          { header: "Planes", cell: (m) => m.byCollection.planes },
          { header: "Total", cell: (m) => m.count },
          { header: "Meta", cell: (m) => (!m.closed ? (m.met ? "Cumplida (mes en curso)" : "Mes en curso") : m.met ? "Cumplida" : "No cumplida") },
        ]}
      />
      <p>
        Datos abiertos: <a href="/feeds/frecuencia-publicacion.json">frecuencia-publicacion.json</a> · Suscríbase al resultado de cada mes:{" "}
        <a href="/feeds/frecuencia-publicacion.xml">canal Atom</a>.
      </p>
    </Layout>
  );
}
