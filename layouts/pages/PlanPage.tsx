import type { PlanEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { DataTable } from "../components/DataTable.tsx";
import { Items } from "../components/Items.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { searchInfo } from "../components/search-info.ts";
import { Time } from "../components/Time.tsx";

export interface PlanLinks {
  indicators?: string;
  frequency?: string;
}

export interface PlanPageProps {
  entry: PlanEntry;
  /** Pages later steps compute about this plan: its indicators, the publication frequency. */
  links: PlanLinks;
}

export function PlanPage({ ctx, entry, links }: PlanPageProps & { ctx: PageContext }) {
  const d = entry.data;
  return (
    <Layout
      ctx={ctx}
      title={entry.title}
      description={entry.summary}
      breadcrumbs={[{ label: "Planes", url: "/planes/" }, { label: entry.title }]}
      search={searchInfo(entry, "Plan", d.approved_by)}
    >
      <article className="entrada plan">
        <h1>{entry.title}</h1>
        <p className="meta">
          Vigencia {d.period} · Aprobado el {entry.date && <Time date={entry.date} />} por {d.approved_by}
          {entry.updated && (
            <>
              {" "}
              · Última actualización: <Time date={entry.updated} />
            </>
          )}
        </p>
        <p className="entradilla">{entry.summary}</p>
        {(links.indicators || links.frequency) && (
          <ul className="enlaces-destacados">
            {links.indicators && (
              <li>
                <a href={links.indicators}>Seguimiento de los indicadores del plan</a>
              </li>
            )}
            {links.frequency && (
              <li>
                <a href={links.frequency}>Frecuencia de actualización del sitio web</a>
              </li>
            )}
          </ul>
        )}
        <Markdown source={entry.body} />

        {d.phases && d.phases.length > 0 && (
          <section aria-labelledby="fases">
            <h2 id="fases">Fases y plazos</h2>
            <DataTable
              label="Fases y plazos"
              caption="Fases de Gobierno en Línea y plazos de cumplimiento"
              rows={d.phases}
              rowKey={(p) => p.phase}
              columns={[
                { header: "Fase", cell: (p) => p.phase },
                { header: "Plazo para entidades del orden nacional", cell: (p) => <Time date={p.national_deadline} /> },
                { header: "Plazo para entidades del orden territorial", cell: (p) => <Time date={p.territorial_deadline} /> },
              ]}
            />
          </section>
        )}

        {d.actions && d.actions.length > 0 && (
          <section aria-labelledby="acciones">
            <h2 id="acciones">Plan de acción</h2>
            <p>Las ocho columnas de cada acción, como las aprobó el comité. En pantallas pequeñas la tabla se desplaza hacia los lados.</p>
            <DataTable
              label="Plan de acción"
              className="tabla-acciones"
              caption="Acciones del plan, con sus beneficios, indicadores, metas, actividades, responsables, recursos y tiempos"
              rows={d.actions}
              rowKey={(a) => a.action}
              columns={[
                { header: "Acción", cell: (a) => a.action },
                { header: "Beneficios para los ciudadanos", cell: (a) => a.benefit },
                { header: "Indicadores de gestión", cell: (a) => a.indicator },
                { header: "Metas", cell: (a) => a.target },
                { header: "Actividades", cell: (a) => <Items items={a.activities} /> },
                { header: "Responsables", cell: (a) => <Items items={a.responsible} /> },
                { header: "Recursos", cell: (a) => <Items items={a.resources} /> },
                { header: "Tiempos", cell: (a) => a.time },
              ]}
            />
          </section>
        )}

        {d.support && d.support.length > 0 && (
          <section aria-labelledby="soporte">
            <h2 id="soporte">Soporte técnico</h2>
            {d.support_intro && <p>{d.support_intro}</p>}
            <DataTable
              label="Soporte técnico"
              caption="Problemas frecuentes, procedimiento y canales de asistencia"
              rows={d.support}
              rowKey={(r) => r.problem}
              columns={[
                { header: "Problema", cell: (r) => r.problem },
                { header: "Procedimiento", cell: (r) => r.procedure },
                { header: "Asistencia", cell: (r) => <Items items={r.assistance} /> },
              ]}
            />
          </section>
        )}

        {d.incentives && d.incentives.length > 0 && (
          <section aria-labelledby="incentivos">
            <h2 id="incentivos">Incentivos para los municipios</h2>
            {d.incentives_intro && <p>{d.incentives_intro}</p>}
            <dl className="incentivos">
              {d.incentives.map((i) => (
                <div key={i.title}>
                  <dt>{i.title}</dt>
                  <dd>{i.description}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}

        <section aria-labelledby="firmantes">
          <h2 id="firmantes">Aprobación</h2>
          <p>
            El presente documento fue elaborado y aprobado por el {d.approved_by}, el {entry.date && <Time date={entry.date} />}; en constancia
            firman:
          </p>
          <ul className="firmantes">
            {d.signatories.map((s) => (
              <li key={s.name}>
                <strong>{s.name}</strong>
                <br />
                {s.role}
              </li>
            ))}
          </ul>
        </section>
      </article>
    </Layout>
  );
}
