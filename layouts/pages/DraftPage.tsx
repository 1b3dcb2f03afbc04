import { draftTypeLabel, type WindowState } from "../../src/content/drafts.ts";
import type { DraftEntry } from "../../src/content/types.ts";
import type { ContentDate } from "../../src/dates/index.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import type { ChannelContact } from "../components/channel.ts";
import { CommentForm } from "../components/CommentForm.tsx";
import { CommentMatrix } from "../components/CommentMatrix.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { searchInfo } from "../components/search-info.ts";
import { Time } from "../components/Time.tsx";

export const DRAFTS_URL = "/participa/proyectos/";

export interface DraftPageProps {
  entry: DraftEntry;
  /** The comment window at the moment the page is made: the function refuses outside it anyway. */
  state: WindowState;
  contact: ChannelContact;
  /** The act finally issued from this draft, when the editors linked it. */
  issuedAct?: { title: string; url: string };
  /** Fingerprinted URL of the comment form's script. */
  script: string;
}

/** «el 15 de diciembre de 2026 a las 6:00 p. m.», or the whole day when no hour was given. */
export function WindowEdge({ date, closing }: { date: ContentDate; closing?: boolean }) {
  if (date.dateOnly) return <>{closing ? "el final del día " : "el "}<Time date={date} /></>;
  return <>el <Time date={date} withTime /></>;
}

function WindowNotice({ entry, state }: { entry: DraftEntry; state: WindowState }) {
  const d = entry.data;
  if (state === "proxima") {
    return (
      <p className="aviso">
        Este proyecto todavía no recibe comentarios: podrá comentarlo desde <WindowEdge date={d.opens} />
        {d.opens.dateOnly ? "" : ","} hasta <WindowEdge date={d.closes} closing />
        {d.closes.dateOnly ? "." : ""}
      </p>
    );
  }
  if (state === "abierta") {
    return (
      <p className="aviso">
        Abierto para comentarios hasta <WindowEdge date={d.closes} closing /> (hora de Colombia). Puede comentar sin dar sus datos.
      </p>
    );
  }
  // A time ends in «p. m.»: its period closes the sentence too.
  return (
    <p className="aviso">
      El plazo para comentar este proyecto cerró {d.closes.dateOnly ? "al final del día " : "el "}
      <Time date={d.closes} withTime={!d.closes.dateOnly} />
      {d.closes.dateOnly ? "." : ""}
      {!d.matrix_date && " La Alcaldía está revisando los comentarios recibidos y publicará aquí la respuesta a cada uno."}
    </p>
  );
}

/**
 * A draft rule open for comment (Resolución 1519 de 2020, anexo 2, numeral 2.3). The comments function
 * answers a submission with this same page, replacing what lies between the two empty <template> marks.
 */
export function DraftPage({ ctx, entry, state, contact, issuedAct, script }: DraftPageProps & { ctx: PageContext }) {
  const d = entry.data;
  return (
    <Layout
      ctx={ctx}
      title={entry.title}
      description={d.summary}
      breadcrumbs={[{ label: "Participa", url: "/participa/" }, { label: "Proyectos de normas", url: DRAFTS_URL }, { label: entry.title }]}
      search={searchInfo(entry, "Proyecto de norma", d.office)}
      head={state === "abierta" && script ? <script type="module" src={script} /> : undefined}
    >
      <article className="entrada">
        <h1>{entry.title}</h1>
        <p className="entradilla">{d.summary}</p>
        <dl className="ficha">
          <dt>Tipo de acto</dt>
          <dd>Proyecto de {draftTypeLabel(d.type).toLowerCase()}</dd>
          <dt>Dependencia responsable</dt>
          <dd>{d.office}</dd>
          <dt>Publicado</dt>
          <dd>{entry.date && <Time date={entry.date} />}</dd>
          <dt>Plazo para comentarios</dt>
          <dd>
            Desde <WindowEdge date={d.opens} />
            {d.opens.dateOnly ? "" : ","} hasta <WindowEdge date={d.closes} closing />
          </dd>
          {d.document && (
            <>
              <dt>Documento</dt>
              <dd>
                <a href={d.document} type="application/pdf">
                  Descargar el proyecto en PDF
                </a>
              </dd>
            </>
          )}
          {issuedAct && (
            <>
              <dt>Acto expedido</dt>
              <dd>
                <a href={issuedAct.url}>{issuedAct.title}</a>
              </dd>
            </>
          )}
        </dl>
        <WindowNotice entry={entry} state={state} />
        {state === "abierta" && (
          <section aria-labelledby="comentar-titulo" className="no-imprimir">
            <h2 id="comentar-titulo">Comente este proyecto</h2>
            <template id="comentario-inicio"></template>
            <CommentForm draftId={entry.id} contact={contact} />
            <template id="comentario-fin"></template>
          </section>
        )}
        <CommentMatrix data={d} />
        {entry.body.trim() && (
          <section aria-labelledby="texto-titulo">
            <h2 id="texto-titulo">Texto del proyecto</h2>
            <Markdown source={entry.body} />
          </section>
        )}
      </article>
    </Layout>
  );
}
