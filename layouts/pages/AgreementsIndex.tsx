import type { AgreementEntry } from "../../src/content/types.ts";
import { LEVELS } from "../../src/schema/collections.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { DataTable } from "../components/DataTable.tsx";
import { Time } from "../components/Time.tsx";

const levelLabel = (v: string) => LEVELS.find((l) => l.value === v)?.label ?? v;

export interface AgreementsIndexProps {
  items: AgreementEntry[];
}

export function AgreementsIndex({ ctx, items }: AgreementsIndexProps & { ctx: PageContext }) {
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
