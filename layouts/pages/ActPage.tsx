import type { ActEntry } from "../../src/content/types.ts";
import type { PageContext } from "../../src/routes/context.ts";
import { ACT_TYPES } from "../../src/schema/collections.ts";
import { agree } from "../../src/text/spanish.ts";
import { searchInfo } from "../components/search-info.ts";
import { Layout } from "../Layout.tsx";
import { actState, actTypeLabel, statusLabel } from "../components/Lists.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { Time, UpdatedRow } from "../components/Time.tsx";

export interface ActRelations {
  modifiedBy: ActEntry[];
  repealedBy: ActEntry | undefined;
  modifies: ActEntry[];
  repeals: ActEntry[];
  attachmentBytes?: number;
}

/** Who modifies or repeals an act and what it modifies or repeals, among the published acts: the site's and the preview's rule. */
export function actRelations(act: ActEntry, published: readonly ActEntry[], attachmentBytes?: number): ActRelations {
  const byId = new Map(published.map((a) => [a.id, a]));
  const d = act.data;
  return {
    modifiedBy: (d.modified_by ?? []).flatMap((id) => byId.get(id) ?? []),
    repealedBy: d.repealed_by ? byId.get(d.repealed_by) : undefined,
    modifies: published.filter((a) => a.id !== act.id && a.data.modified_by?.includes(act.id)),
    repeals: published.filter((a) => a.id !== act.id && a.data.repealed_by === act.id),
    attachmentBytes,
  };
}

/** «Decreto 045 de 2008: Por el cual se crea el comité…», without the subject's closing period before « — Alcaldía». */
export function actPageTitle(entry: ActEntry): string {
  return `${entry.title}: ${entry.summary.replace(/\.+$/, "")}`;
}

function ActLinks({ acts }: { acts: ActEntry[] }) {
  return (
    <>
      {acts.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ", "}
          <a href={a.url}>{a.title}</a>
        </span>
      ))}
    </>
  );
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;
}

export function ActPage({ ctx, entry, relations }: { ctx: PageContext; entry: ActEntry; relations: ActRelations }) {
  const { data } = entry;
  const actType = ACT_TYPES.find((t) => t.value === data.type)!;
  const state = actState(entry, ctx.portal.buildTime);
  const typeSlug = `/normativa/tipo/${actType.slug}/`;
  return (
    <Layout
      ctx={ctx}
      title={actPageTitle(entry)}
      description={entry.summary}
      search={searchInfo(entry, actTypeLabel(data.type), data.issuer, actPageTitle(entry))}
      breadcrumbs={[{ label: "Normativa", url: "/normativa/" }, { label: actType.plural, url: typeSlug }, { label: entry.title }]}
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
                {relations.modifiedBy.length === 1 ? "el acto que" : "los actos que"} {agree("lo", actType.feminine)}{" "}
                {relations.modifiedBy.length === 1 ? "modifica" : "modifican"}.
              </>
            ) : (
              <strong>{statusLabel(data.status, data.type)}.</strong>
            )}
          </p>
        )}
        <dl className="ficha">
          <dt>Tipo</dt>
          <dd>{actTypeLabel(data.type)}</dd>
          <dt>Número</dt>
          <dd>{data.number}</dd>
          <dt>Fecha de expedición</dt>
          <dd>{entry.date && <Time date={entry.date} />}</dd>
          <dt>{agree("Expedido", actType.feminine)} por</dt>
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
