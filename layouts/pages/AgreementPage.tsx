import type { AgreementEntry } from "../../src/content/types.ts";
import { LEVELS } from "../../src/schema/collections.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { searchInfo } from "../components/search-info.ts";
import { Time } from "../components/Time.tsx";

const levelLabel = (v: string) => LEVELS.find((l) => l.value === v)?.label ?? v;

export interface AgreementPageProps {
  entry: AgreementEntry;
}

export function AgreementPage({ ctx, entry }: AgreementPageProps & { ctx: PageContext }) {
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
