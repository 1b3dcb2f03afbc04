import type { ReactNode } from "react";
import type { PlanEntry } from "../../src/content/load.ts";
import type { PageContext } from "../../src/routes/context.ts";
import { searchInfo } from "../components/search-info.ts";
import { Layout } from "../Layout.tsx";
import { PlanList } from "../components/Lists.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { Time } from "../components/Time.tsx";

export function PlanIndex({ ctx }: { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title="Planes"
      description="Planes de acción y documentos de planeación del municipio."
      breadcrumbs={[{ label: "Planes" }]}
     
    >
      <h1>Planes</h1>
      <p>Los planes que ha aprobado la administración, con sus acciones, metas e indicadores.</p>
      <PlanList items={ctx.portal.entries.planes} />
    </Layout>
  );
}

function Items({ items }: { items: string[] }) {
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul>
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  );
}

/** Tables keep their own scroll box so that a 320 px screen never scrolls the whole page sideways. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section className="tabla-desplazable" aria-label={`Tabla: ${label}`} tabIndex={0}>
      {children}
    </section>
  );
}

export interface PlanLinks {
  indicators?: string;
  frequency?: string;
}

export function PlanPage({ ctx, entry, links = {} }: { ctx: PageContext; entry: PlanEntry; links?: PlanLinks }) {
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
            <Scroll label="Fases y plazos">
              <table>
                <caption>Fases de Gobierno en Línea y plazos de cumplimiento</caption>
                <thead>
                  <tr>
                    <th scope="col">Fase</th>
                    <th scope="col">Plazo para entidades del orden nacional</th>
                    <th scope="col">Plazo para entidades del orden territorial</th>
                  </tr>
                </thead>
                <tbody>
                  {d.phases.map((p) => (
                    <tr key={p.phase}>
                      <th scope="row">{p.phase}</th>
                      <td>
                        <Time date={p.national_deadline} />
                      </td>
                      <td>
                        <Time date={p.territorial_deadline} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
          </section>
        )}

        {d.actions && d.actions.length > 0 && (
          <section aria-labelledby="acciones">
            <h2 id="acciones">Plan de acción</h2>
            <p>Las ocho columnas de cada acción, como las aprobó el comité. En pantallas pequeñas la tabla se desplaza hacia los lados.</p>
            <Scroll label="Plan de acción">
              <table className="tabla-acciones">
                <caption>Acciones del plan, con sus beneficios, indicadores, metas, actividades, responsables, recursos y tiempos</caption>
                <thead>
                  <tr>
                    <th scope="col">Acción</th>
                    <th scope="col">Beneficios para los ciudadanos</th>
                    <th scope="col">Indicadores de gestión</th>
                    <th scope="col">Metas</th>
                    <th scope="col">Actividades</th>
                    <th scope="col">Responsables</th>
                    <th scope="col">Recursos</th>
                    <th scope="col">Tiempos</th>
                  </tr>
                </thead>
                <tbody>
                  {d.actions.map((a) => (
                    <tr key={a.action}>
                      <th scope="row">{a.action}</th>
                      <td>{a.benefit}</td>
                      <td>{a.indicator}</td>
                      <td>{a.target}</td>
                      <td>
                        <Items items={a.activities} />
                      </td>
                      <td>
                        <Items items={a.responsible} />
                      </td>
                      <td>
                        <Items items={a.resources} />
                      </td>
                      <td>{a.time}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
          </section>
        )}

        {d.support && d.support.length > 0 && (
          <section aria-labelledby="soporte">
            <h2 id="soporte">Soporte técnico</h2>
            {d.support_intro && <p>{d.support_intro}</p>}
            <Scroll label="Soporte técnico">
              <table>
                <caption>Problemas frecuentes, procedimiento y canales de asistencia</caption>
                <thead>
                  <tr>
                    <th scope="col">Problema</th>
                    <th scope="col">Procedimiento</th>
                    <th scope="col">Asistencia</th>
                  </tr>
                </thead>
                <tbody>
                  {d.support.map((s) => (
                    <tr key={s.problem}>
                      <th scope="row">{s.problem}</th>
                      <td>{s.procedure}</td>
                      <td>
                        <Items items={s.assistance} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
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
