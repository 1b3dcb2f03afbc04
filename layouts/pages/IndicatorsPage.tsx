import type { IndicatorResult } from "../../src/schema/indicator-rules.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { IndicatorSection } from "../components/IndicatorSection.tsx";

/** A plan's indicators, computed over the plan's span (src/indicators/report.ts). */
export interface PlanIndicators {
  plan: { id: string; title: string; url: string; period: string };
  indicators: IndicatorResult[];
}

export interface IndicatorsPageProps {
  report: PlanIndicators;
  /** The same figures as open data. */
  jsonUrl: string;
}

export function IndicatorsPage({ ctx, report, jsonUrl }: IndicatorsPageProps & { ctx: PageContext }) {
  const { plan, indicators } = report;
  return (
    <Layout
      ctx={ctx}
      title={`Indicadores: ${plan.title}`}
      description={`Seguimiento, calculado con lo publicado en el portal, de los indicadores del ${plan.title}.`}
      breadcrumbs={[{ label: "Planes", url: "/planes/" }, { label: plan.title, url: plan.url }, { label: "Indicadores" }]}
      search={{ type: "Plan", title: `Indicadores: ${plan.title}` }}
    >
      <h1>
        Indicadores del plan
        {" "}
          <span className="subtitulo">{plan.title}</span>
      </h1>
      <p>
        El portal calcula cada indicador con lo que la administración publica: actas del comité, eventos, convenios y publicaciones. Cada periodo
        se compara con la meta del plan. Vigencia del plan: {plan.period}.
      </p>
      <nav aria-label="Indicadores" className="indice">
        <ul>
          {indicators.map((i) => (
            <li key={i.id}>
              <a href={`#ind-${i.id}`}>{i.name}</a>
            </li>
          ))}
        </ul>
      </nav>
      {indicators.map((i) => (
        <IndicatorSection key={i.id} ind={i} />
      ))}
      <p>
        Datos abiertos: <a href={jsonUrl}>indicadores en JSON</a>.
      </p>
    </Layout>
  );
}
