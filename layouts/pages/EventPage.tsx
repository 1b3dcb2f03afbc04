import type { EventEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { eventKindLabel } from "../components/EventList.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { searchInfo } from "../components/search-info.ts";
import { Time } from "../components/Time.tsx";
import { UpdatedRow } from "../components/UpdatedRow.tsx";

export interface EventPageProps {
  entry: EventEntry;
  /** Whether it has taken place by the build: only then are its attendance figures shown. */
  happened: boolean;
}

export function EventPage({ ctx, entry, happened }: EventPageProps & { ctx: PageContext }) {
  const d = entry.data;
  return (
    <Layout
      ctx={ctx}
      title={entry.title}
      description={entry.summary}
      breadcrumbs={[{ label: "Calendario de eventos", url: "/eventos/" }, { label: entry.title }]}
      search={searchInfo(entry, "Evento")}
    >
      <article className="entrada">
        <h1>{entry.title}</h1>
        <p className="entradilla">{entry.summary}</p>
        <dl className="ficha">
          <dt>Tipo</dt>
          <dd>{eventKindLabel(d.kind)}</dd>
          <dt>Fecha</dt>
          <dd>{entry.date && <Time date={entry.date} withTime />}</dd>
          <dt>Lugar</dt>
          <dd>{d.place}</dd>
          {happened && d.attendees !== undefined && (
            <>
              <dt>Asistentes</dt>
              <dd>{d.attendees}</dd>
            </>
          )}
          {happened && d.members_present !== undefined && d.committee_size !== undefined && (
            <>
              <dt>Integrantes del comité presentes</dt>
              <dd>
                {d.members_present} de {d.committee_size}
              </dd>
            </>
          )}
          <UpdatedRow date={entry.updated} />
        </dl>
        {entry.body.trim() && <Markdown source={entry.body} />}
      </article>
    </Layout>
  );
}
