import { draftTypeLabel, type WindowState } from "../../src/content/drafts.ts";
import type { DraftEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { DataTable } from "../components/DataTable.tsx";
import { Time } from "../components/Time.tsx";
import { WindowEdge } from "./DraftPage.tsx";

export interface DraftListItem {
  entry: DraftEntry;
  state: WindowState;
}

export interface DraftsIndexProps {
  items: DraftListItem[];
}

function answerLabel(item: DraftListItem): string {
  if (item.state !== "cerrada") return "—";
  return item.entry.data.matrix_date ? "Publicadas" : "En preparación";
}

export function DraftsIndex({ ctx, items }: DraftsIndexProps & { ctx: PageContext }) {
  const open = items.filter((i) => i.state === "abierta");
  const upcoming = items.filter((i) => i.state === "proxima");
  const closed = items.filter((i) => i.state === "cerrada");
  return (
    <Layout
      ctx={ctx}
      title="Proyectos de normas para comentarios"
      description="Proyectos de decretos, acuerdos y resoluciones que la Alcaldía publica para que la ciudadanía los comente antes de expedirlos, con la respuesta a cada comentario."
      breadcrumbs={[{ label: "Participa", url: "/participa/" }, { label: "Proyectos de normas" }]}
    >
      <h1>Proyectos de normas para comentarios</h1>
      <p className="entradilla">
        Antes de expedir un decreto, un acuerdo o una resolución de interés general, la Alcaldía publica su proyecto para que cualquier
        persona lo comente dentro del plazo indicado (Ley 1437 de 2011, art. 8, num. 8). Después del plazo publica cada comentario
        recibido con su respuesta.
      </p>
      <h2 id="abiertos">Abiertos para comentarios</h2>
      {open.length === 0 ? (
        <p>No hay proyectos abiertos para comentarios en este momento.</p>
      ) : (
        <ul className="lista-proyectos">
          {open.map(({ entry }) => (
            <li key={entry.id}>
              <a href={entry.url}>{entry.title}</a>: hasta <WindowEdge date={entry.data.closes} closing />
              {entry.data.closes.dateOnly ? "." : ""}
            </li>
          ))}
        </ul>
      )}
      {upcoming.length > 0 && (
        <>
          <h2 id="proximos">Próximos</h2>
          <ul className="lista-proyectos">
            {upcoming.map(({ entry }) => (
              <li key={entry.id}>
                <a href={entry.url}>{entry.title}</a>: desde <WindowEdge date={entry.data.opens} />
                {entry.data.opens.dateOnly ? "." : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 id="cerrados">Cerrados</h2>
      {closed.length === 0 ? (
        <p>Todavía no hay proyectos cerrados.</p>
      ) : (
        <DataTable
          label="Proyectos cerrados"
          caption="Proyectos cuyo plazo para comentar cerró, del más reciente al más antiguo"
          rows={closed}
          rowKey={(i) => i.entry.id}
          columns={[
            { header: "Proyecto", cell: (i) => <a href={i.entry.url}>{i.entry.title}</a> },
            { header: "Tipo", cell: (i) => draftTypeLabel(i.entry.data.type) },
            { header: "Cierre", cell: (i) => <Time date={i.entry.data.closes} /> },
            { header: "Respuestas", cell: answerLabel },
          ]}
        />
      )}
    </Layout>
  );
}
