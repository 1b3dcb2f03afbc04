import type { AgreementEntry, EventEntry } from "../../src/content/types.ts";
import type { PageContext } from "../../src/routes/context.ts";
import { EVENT_KINDS, LEVELS } from "../../src/schema/collections.ts";
import { searchInfo } from "../components/search-info.ts";
import { Layout } from "../Layout.tsx";
import { DataTable } from "../components/DataTable.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { Time, UpdatedRow } from "../components/Time.tsx";

const kindLabel = (v: string) => EVENT_KINDS.find((k) => k.value === v)?.label ?? v;
const levelLabel = (v: string) => LEVELS.find((l) => l.value === v)?.label ?? v;

function EventList({ items }: { items: EventEntry[] }) {
  return (
    <ul className="tarjetas">
      {items.map((e) => (
        <li key={e.id} className="tarjeta">
          <h3 className="tarjeta-titulo">
            <a href={e.url}>{e.title}</a>
          </h3>
          <p className="meta">
            {kindLabel(e.data.kind)} · {e.date && <Time date={e.date} withTime />} · {e.data.place}
          </p>
          <p>{e.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function EventsIndex({ ctx }: { ctx: PageContext }) {
  const all = ctx.portal.entries.eventos;
  const now = ctx.portal.buildTime;
  const upcoming = all.filter((e) => e.date && e.date.dt > now).reverse();
  const past = all.filter((e) => e.date && e.date.dt <= now);
  return (
    <Layout
      ctx={ctx}
      title="Calendario de eventos"
      description="Capacitaciones, talleres de socialización y reuniones de la administración municipal."
      breadcrumbs={[{ label: "Calendario de eventos" }]}
    >
      <h1>Calendario de eventos</h1>
      <section aria-labelledby="proximos">
        <h2 id="proximos">Próximos eventos</h2>
        {upcoming.length ? <EventList items={upcoming} /> : <p>No hay eventos programados por ahora. Los anunciamos aquí y en las noticias.</p>}
      </section>
      <section aria-labelledby="realizados">
        <h2 id="realizados">Eventos realizados</h2>
        {past.length ? <EventList items={past} /> : <p>Todavía no hay eventos registrados.</p>}
      </section>
    </Layout>
  );
}

export function EventPage({ ctx, entry }: { ctx: PageContext; entry: EventEntry }) {
  const d = entry.data;
  const happened = entry.date ? entry.date.dt <= ctx.portal.buildTime : false;
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
          <dd>{kindLabel(d.kind)}</dd>
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

export function AgreementsIndex({ ctx }: { ctx: PageContext }) {
  const items = ctx.portal.entries.convenios;
  return (
    <Layout
      ctx={ctx}
      title="Convenios y alianzas"
      description="Convenios con entidades locales, departamentales, nacionales e internacionales."
      breadcrumbs={[{ label: "Convenios y alianzas" }]}
    >
      <h1>Convenios y alianzas</h1>
      {items.length === 0 ? (
        <p>Todavía no hay convenios publicados.</p>
      ) : (
        <DataTable
          label="Convenios"
          caption="Convenios firmados, del más reciente al más antiguo"
          rows={items}
          rowKey={(a) => a.id}
          columns={[
            { header: "Convenio", cell: (a) => <a href={a.url}>{a.title}</a> },
            { header: "Entidad", cell: (a) => a.data.entity },
            { header: "Nivel", cell: (a) => levelLabel(a.data.level) },
            { header: "Fecha de firma", cell: (a) => a.date && <Time date={a.date} /> },
          ]}
        />
      )}
    </Layout>
  );
}

export function AgreementPage({ ctx, entry }: { ctx: PageContext; entry: AgreementEntry }) {
  const d = entry.data;
  return (
    <Layout
      ctx={ctx}
      title={entry.title}
      description={d.purpose}
      breadcrumbs={[{ label: "Convenios y alianzas", url: "/convenios/" }, { label: entry.title }]}
      search={searchInfo(entry, "Convenio", d.entity)}
    >
      <article className="entrada">
        <h1>{entry.title}</h1>
        <dl className="ficha">
          <dt>Entidad</dt>
          <dd>{d.entity}</dd>
          <dt>Nivel</dt>
          <dd>{levelLabel(d.level)}</dd>
          {d.number && (
            <>
              <dt>Número</dt>
              <dd>{d.number}</dd>
            </>
          )}
          <dt>Fecha de firma</dt>
          <dd>{entry.date && <Time date={entry.date} />}</dd>
          <dt>Objeto</dt>
          <dd>{d.purpose}</dd>
          {d.document && (
            <>
              <dt>Documento</dt>
              <dd>
                <a href={d.document} type="application/pdf">
                  Descargar el convenio en PDF
                </a>
              </dd>
            </>
          )}
        </dl>
        {entry.body.trim() && <Markdown source={entry.body} />}
      </article>
    </Layout>
  );
}
