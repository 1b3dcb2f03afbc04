import type { NewsEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { NEWS_CATEGORIES } from "../../src/schema/collections.ts";
import { searchInfo } from "../components/search-info.ts";
import { Layout } from "../Layout.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { Time } from "../components/Time.tsx";

export interface NewsArticleProps {
  entry: NewsEntry;
}

export function NewsArticle({ ctx, entry }: NewsArticleProps & { ctx: PageContext }) {
  const { data } = entry;
  const category = NEWS_CATEGORIES.find((c) => c.value === data.category)?.label ?? data.category;
  return (
    <Layout
      ctx={ctx}
      title={entry.title}
      description={entry.summary}
      breadcrumbs={[{ label: "Noticias", url: "/noticias/" }, { label: entry.title }]}
      search={searchInfo(entry, "Noticia", data.office)}
    >
      <article className="entrada">
        <h1>{entry.title}</h1>
        <p className="meta">
          Publicado el {entry.date && <Time date={entry.date} withTime />} por {data.office} · {category}
          {entry.updated && (
            <>
              <br />
              Última actualización: <Time date={entry.updated} />
            </>
          )}
        </p>
        <p className="entradilla">{entry.summary}</p>
        {data.image && (
          <figure>
            <img src={data.image.src} alt={data.image.alt} loading="lazy" decoding="async" />
          </figure>
        )}
        <Markdown source={entry.body} />
      </article>
    </Layout>
  );
}
