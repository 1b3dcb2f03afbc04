import type { SurveyEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { Time } from "../components/Time.tsx";

export interface SurveysIndexProps {
  open: SurveyEntry[];
  upcoming: SurveyEntry[];
  closed: SurveyEntry[];
}

const TITLE = "Encuestas";

function List({ items, what }: { items: SurveyEntry[]; what: "abierta" | "proxima" | "cerrada" }) {
  return (
    <ul className="tarjetas">
      {items.map((s) => (
        <li key={s.id} className="tarjeta">
          <h3 className="tarjeta-titulo">
            <a href={s.url}>{s.title}</a>
          </h3>
          <p>{s.data.purpose}</p>
          <p className="meta">
            {what === "abierta" && <>Recibe respuestas hasta el <Time date={s.data.closes} withTime />.</>}
            {what === "proxima" && <>Abre el <Time date={s.data.opens} withTime />.</>}
            {what === "cerrada" && <>Cerró el <Time date={s.data.closes} withTime />: vea sus resultados.</>}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The surveys of «Participa»: open ones first, then upcoming, then closed ones with their results. */
export function SurveysIndex({ ctx, open, upcoming, closed }: SurveysIndexProps & { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title={TITLE}
      description="Encuestas de opinión de la Alcaldía: responda las abiertas y consulte los resultados de las cerradas."
      breadcrumbs={[{ label: "Participa", url: "/participa/" }, { label: TITLE }]}
      search={{ type: "Página", title: TITLE }}
    >
      <h1>{TITLE}</h1>
      <p className="entradilla">
        La Alcaldía pregunta a la ciudadanía su opinión sobre la información que publica y sobre los temas que le interesan. Las encuestas son
        anónimas; al cerrar, el portal publica sus resultados en cifras.
      </p>
      <h2>Abiertas</h2>
      {open.length ? <List items={open} what="abierta" /> : <p>No hay encuestas abiertas en este momento.</p>}
      {upcoming.length > 0 && (
        <>
          <h2>Próximas</h2>
          <List items={upcoming} what="proxima" />
        </>
      )}
      <h2>Cerradas, con sus resultados</h2>
      {closed.length ? <List items={closed} what="cerrada" /> : <p>Todavía no ha cerrado ninguna encuesta.</p>}
    </Layout>
  );
}
