import type { FeedDef } from "../../src/feeds/routes.ts";
import type { FrequencyReport } from "../../src/feeds/frequency.ts";
import { formatMonthKey } from "../../src/dates/index.ts";
import type { PageContext } from "../../src/routes/context.ts";
import { Layout } from "../Layout.tsx";
import { BarChart } from "../components/BarChart.tsx";
import { DataTable } from "../components/DataTable.tsx";

export function FeedsPage({ ctx, feeds, hasFrequency }: { ctx: PageContext; feeds: FeedDef[]; hasFrequency: boolean }) {
  return (
    <Layout ctx={ctx} title="Suscripciones" description="Reciba las publicaciones del portal en su lector de noticias." breadcrumbs={[{ label: "Suscripciones" }]}>
      <h1>Suscripciones</h1>
      <p>
        Copie la dirección de un canal en su lector de noticias (RSS/Atom) para recibir cada publicación sin volver a visitar el portal. Cada canal de
        publicaciones tiene las 50 más recientes, en formato Atom y en JSON Feed.
      </p>
      <ul>
        {feeds.map((f) => (
          <li key={f.slug}>
            <strong>{f.title}</strong>: {f.description} <a href={`/feeds/${f.slug}.xml`}>Atom</a> ·{" "}
            <a href={`/feeds/${f.slug}.json`}>JSON Feed</a>
          </li>
        ))}
        {hasFrequency && (
          <li>
            <strong>Frecuencia de actualización</strong>: una entrada por cada mes desde que empezó el plan, con el número de publicaciones y si se
            cumplió la meta. <a href="/feeds/frecuencia-publicacion.xml">Atom</a> · <a href="/feeds/frecuencia-publicacion.json">datos en JSON</a>
          </li>
        )}
      </ul>
    </Layout>
  );
}

export function FrequencyPage({ ctx, report }: { ctx: PageContext; report: FrequencyReport }) {
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
