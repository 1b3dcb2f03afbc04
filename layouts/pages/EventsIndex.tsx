import type { EventEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { EventList } from "../components/EventList.tsx";

export interface EventsIndexProps {
  /** Soonest first. */
  upcoming: EventEntry[];
  /** Most recent first. */
  past: EventEntry[];
}

export function EventsIndex({ ctx, upcoming, past }: EventsIndexProps & { ctx: PageContext }) {
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
