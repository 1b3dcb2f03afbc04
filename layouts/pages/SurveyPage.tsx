import type { SurveyEntry } from "../../src/content/types.ts";
import type { SurveyDefinition, SurveyPhase } from "../../src/forms/survey.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { searchInfo } from "../components/search-info.ts";
import { SurveyForm } from "../components/SurveyForm.tsx";
import { SurveyResultsView, type SurveyResultsState } from "../components/SurveyResultsView.tsx";
import { Time } from "../components/Time.tsx";

export const SURVEYS_URL = "/participa/encuestas/";

export interface SurveyPageProps {
  entry: SurveyEntry;
  definition: SurveyDefinition;
  /** Where the survey stands at the build: the function refuses answers outside the window anyway. */
  phase: SurveyPhase;
  results: SurveyResultsState;
  /** The form's script; absent in the CMS preview. */
  script?: string;
}

/**
 * A survey: before its window, when it opens; during it, the form; after it, the aggregated results.
 * The Netlify Function answers a submission with this page, replacing what lies between the marks.
 */
export function SurveyPage({ ctx, entry, definition, phase, results, script }: SurveyPageProps & { ctx: PageContext }) {
  const d = entry.data;
  return (
    <Layout
      ctx={ctx}
      title={entry.title}
      description={d.purpose}
      breadcrumbs={[{ label: "Participa", url: "/participa/" }, { label: "Encuestas", url: SURVEYS_URL }, { label: entry.title }]}
      search={searchInfo(entry, "Encuesta")}
      head={phase === "abierta" && script ? <script type="module" src={script} /> : undefined}
    >
      <h1>{entry.title}</h1>
      <p className="entradilla">{d.purpose}</p>
      <p className="meta">
        Abierta del <Time date={d.opens} withTime /> al <Time date={d.closes} withTime /> (hora de Colombia).
      </p>
      {/* The function's answers (the form again, a refusal, the thanks) replace what lies between the marks. */}
      <template id="pqrsd-inicio"></template>
      {phase === "proxima" && (
        <p className="aviso">
          Esta encuesta todavía no recibe respuestas: abre el <Time date={d.opens} withTime />.
        </p>
      )}
      {phase !== "cerrada" && entry.body && <Markdown source={entry.body} />}
      {phase === "abierta" && <SurveyForm definition={definition} />}
      {phase === "cerrada" && (
        <>
          <h2>Resultados</h2>
          <p>La encuesta cerró el <Time date={d.closes} withTime /> (hora de Colombia).</p>
          <SurveyResultsView state={results} />
        </>
      )}
      <template id="pqrsd-fin"></template>
      <p className="no-imprimir">
        <a href={SURVEYS_URL}>Todas las encuestas</a>
      </p>
    </Layout>
  );
}
