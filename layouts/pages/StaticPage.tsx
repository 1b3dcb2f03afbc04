import type { PageEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { searchInfo } from "../components/search-info.ts";
import { Time } from "../components/Time.tsx";

export interface StaticPageProps {
  entry: PageEntry;
}

export function StaticPage({ ctx, entry }: StaticPageProps & { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title={entry.title} description={entry.summary} breadcrumbs={[{ label: entry.title }]} search={searchInfo(entry, "Página")}>
      <article className="entrada">
        <h1>{entry.title}</h1>
        <p className="entradilla">{entry.summary}</p>
        <Markdown source={entry.body} />
        {entry.updated && (
          <p className="meta">
            Última actualización: <Time date={entry.updated} />
          </p>
        )}
      </article>
    </Layout>
  );
}
