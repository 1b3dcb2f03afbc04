import type { QuestionResult, SurveyResults } from "../../src/surveys/results.ts";
import { DataTable } from "./DataTable.tsx";
import { formatPercent, ShareChart } from "./ShareChart.tsx";

export type SurveyResultsState = { available: true; results: SurveyResults } | { available: false; reason: string };

/** «1 persona respondió», «12 personas respondieron»: the verb agrees too, which countNoun does not do. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const decimal = (n: number) => String(n).replace(".", ",");

function Question({ q, n }: { q: QuestionResult; n: number }) {
  const heading = `${n}. ${q.text}`;
  if (q.kind === "texto") {
    return (
      <section className="resultado-pregunta" aria-labelledby={`resultado-${q.id}`}>
        <h3 id={`resultado-${q.id}`}>{heading}</h3>
        <p>
          Pregunta de respuesta libre: {plural(q.answered, "persona la respondió", "personas la respondieron")}. Las respuestas escritas no se
          publican; la Alcaldía las lee para preparar sus mejoras.
        </p>
      </section>
    );
  }
  const multiple = q.kind === "multiple";
  return (
    <section className="resultado-pregunta" aria-labelledby={`resultado-${q.id}`}>
      <h3 id={`resultado-${q.id}`}>{heading}</h3>
      <p>
        {plural(q.answered, "persona respondió", "personas respondieron")} esta pregunta
        {q.kind === "escala" && q.average !== undefined ? <>; promedio: <strong>{decimal(q.average)}</strong> de 5</> : null}
        {multiple ? ". Cada persona podía marcar varias opciones, así que los porcentajes suman más de 100 %" : ""}.
      </p>
      {q.answered > 0 && <ShareChart id={`grafico-${q.id}`} title={q.text} bars={q.options} />}
      <DataTable
        label={q.text}
        caption={`${q.text}: respuestas por opción`}
        rows={q.options}
        rowKey={(o) => o.value}
        columns={[
          { header: q.kind === "escala" ? "Valor" : "Opción", cell: (o) => o.label },
          { header: "Respuestas", cell: (o) => o.count },
          { header: "Porcentaje", cell: (o) => formatPercent(o.percent) },
        ]}
      />
    </section>
  );
}

/** A closed survey's aggregated results: counts and percentages, never a single answer or a text. */
export function SurveyResultsView({ state }: { state: SurveyResultsState }) {
  if (!state.available) {
    return (
      <p className="aviso">
        <strong>Los resultados no están en esta publicación del portal:</strong> {state.reason}. Aparecen cuando el sitio se construye en Netlify,
        donde se guardan las respuestas.
      </p>
    );
  }
  const { results } = state;
  if (results.total === 0) return <p className="aviso">La encuesta cerró sin respuestas.</p>;
  return (
    <>
      <p>
        Respondieron <strong>{plural(results.total, "persona", "personas")}</strong>. Solo se publican cifras: ninguna respuesta individual ni
        dato de quien respondió.
      </p>
      {results.questions.map((q, i) => (
        <Question key={q.id} q={q} n={i + 1} />
      ))}
    </>
  );
}
