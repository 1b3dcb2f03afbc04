import { actPageTitle, actType, actTypeUrl, statusLabel, type ActRelations, type ActState } from "../../src/content/acts.ts";
import type { ActEntry } from "../../src/content/types.ts";
import { agree } from "../../src/text/spanish.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { ActLinks } from "../components/ActLinks.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { searchInfo } from "../components/search-info.ts";
import { Time } from "../components/Time.tsx";
import { UpdatedRow } from "../components/UpdatedRow.tsx";

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

export interface ActPageProps {
  entry: ActEntry;
  /** What a citizen reads of its standing on the day of the build; none for an acta. */
  state: ActState | undefined;
  relations: ActRelations;
}

export function ActPage({ ctx, entry, state, relations }: ActPageProps & { ctx: PageContext }) {
  const { data } = entry;
  const type = actType(data.type);
  return (
    <Layout
      ctx={ctx}
      title={actPageTitle(entry)}
      description={entry.summary}
      search={searchInfo(entry, type.label, data.issuer, actPageTitle(entry))}
      breadcrumbs={[{ label: "Normativa", url: "/normativa/" }, { label: type.plural, url: actTypeUrl(type) }, { label: entry.title }]}
    >
      <article className="entrada">
        <h1>
          {entry.title}
          {" "}
          <span className="subtitulo">{entry.summary}</span>
        </h1>
        {state && state.value !== "vigente" && (
          <p className={`aviso estado-${state.value}`}>
            {state.value === "cumplido" && data.valid_until ? (
              <>
                <strong>{state.label}.</strong> Rigió hasta el <Time date={data.valid_until} />.
              </>
            ) : data.status === "derogado" && relations.repealedBy ? (
              <>
                <strong>{statusLabel(data.status, data.type)}</strong> por <a href={relations.repealedBy.url}>{relations.repealedBy.title}</a>. Este texto ya no rige.
              </>
            ) : data.status === "modificado" && relations.modifiedBy.length > 0 ? (
              <>
                <strong>{statusLabel(data.status, data.type)}</strong> por <ActLinks acts={relations.modifiedBy} />. Lea también{" "}
                {relations.modifiedBy.length === 1 ? "el acto que" : "los actos que"} {agree("lo", type.feminine)}{" "}
                {relations.modifiedBy.length === 1 ? "modifica" : "modifican"}.
              </>
            ) : (
              <strong>{statusLabel(data.status, data.type)}.</strong>
            )}
          </p>
        )}
        <dl className="ficha">
          <dt>Tipo</dt>
          <dd>{type.label}</dd>
          <dt>Número</dt>
          <dd>{data.number}</dd>
          <dt>Fecha de expedición</dt>
          <dd>{entry.date && <Time date={entry.date} />}</dd>
          <dt>{agree("Expedido", type.feminine)} por</dt>
          <dd>{data.issuer}</dd>
          {state && (
            <>
              <dt>Estado</dt>
              <dd>{state.label}</dd>
            </>
          )}
          {data.valid_until && (
            <>
              <dt>Vigente hasta</dt>
              <dd>
                <Time date={data.valid_until} />
              </dd>
            </>
          )}
          {relations.modifies.length > 0 && (
            <>
              <dt>Modifica</dt>
              <dd>
                <ActLinks acts={relations.modifies} />
              </dd>
            </>
          )}
          {relations.repeals.length > 0 && (
            <>
              <dt>Deroga</dt>
              <dd>
                <ActLinks acts={relations.repeals} />
              </dd>
            </>
          )}
          <UpdatedRow date={entry.updated} />
          {data.attachment && (
            <>
              <dt>Documento original</dt>
              <dd>
                <a href={data.attachment} type="application/pdf">
                  Descargar {entry.title} en PDF
                  {relations.attachmentBytes !== undefined && ` (${formatBytes(relations.attachmentBytes)})`}
                </a>
              </dd>
            </>
          )}
        </dl>
        <h2>Texto completo</h2>
        <Markdown source={entry.body} />
      </article>
    </Layout>
  );
}
