import type { PlanEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { PlanList } from "../components/PlanList.tsx";

export interface PlanIndexProps {
  plans: PlanEntry[];
}

export function PlanIndex({ ctx, plans }: PlanIndexProps & { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title="Planes"
      description="Planes de acción y documentos de planeación del municipio."
      breadcrumbs={[{ label: "Planes" }]}
    >
      <h1>Planes</h1>
      <p>Los planes que ha aprobado la administración, con sus acciones, metas e indicadores.</p>
      <PlanList items={plans} />
    </Layout>
  );
}
