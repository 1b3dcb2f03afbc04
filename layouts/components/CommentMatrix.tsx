import { COMMENT_DECISIONS, type DraftData } from "../../src/schema/collections.ts";
import { DataTable } from "./DataTable.tsx";
import { Time } from "./Time.tsx";

const decisionLabel = (v: string) => COMMENT_DECISIONS.find((d) => d.value === v)?.label ?? v;

type Row = NonNullable<DraftData["matrix"]>[number] & { n: number };

/** The comments received on a draft and the entity's answer to each (Resolución 1519 de 2020, anexo 2, 2.3.2). */
export function CommentMatrix({ data }: { data: DraftData }) {
  if (!data.matrix_date) return null;
  const rows: Row[] = (data.matrix ?? []).map((r, i) => ({ ...r, n: i + 1 }));
  return (
    <section aria-labelledby="matriz-titulo">
      <h2 id="matriz-titulo">Comentarios recibidos y respuestas</h2>
      <p>
        Matriz publicada el <Time date={data.matrix_date} />.{" "}
        {rows.length === 0
          ? "No se recibieron comentarios durante el plazo."
          : `${rows.length === 1 ? "Se recibió 1 comentario" : `Se recibieron ${rows.length} comentarios`}; cada uno tiene la respuesta de la Alcaldía.`}
      </p>
      {rows.length > 0 && (
        <DataTable
          label="Matriz de comentarios y respuestas"
          caption="Comentarios recibidos y respuesta de la Alcaldía a cada uno"
          rows={rows}
          rowKey={(r) => String(r.n)}
          columns={[
            { header: "N.º", cell: (r) => r.n },
            { header: "Presentado por", cell: (r) => r.author },
            { header: "Recibido", cell: (r) => <Time date={r.received} /> },
            { header: "Comentario", cell: (r) => r.comment },
            { header: "Decisión", cell: (r) => decisionLabel(r.decision) },
            { header: "Respuesta", cell: (r) => r.answer },
          ]}
        />
      )}
    </section>
  );
}
