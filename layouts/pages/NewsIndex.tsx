import type { NewsEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { NewsList } from "../components/NewsList.tsx";
import { Pagination, type PageLink } from "../components/Pagination.tsx";

export interface NewsIndexProps {
  items: NewsEntry[];
  page: number;
  pages: PageLink[];
}

export function NewsIndex({ ctx, items, page, pages }: NewsIndexProps & { ctx: PageContext }) {
  const title = page === 1 ? "Noticias" : `Noticias — página ${page} de ${pages.length}`;
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={`Noticias de la ${ctx.site.entity}, de la más reciente a la más antigua.`}
      breadcrumbs={page === 1 ? [{ label: "Noticias" }] : [{ label: "Noticias", url: "/noticias/" }, { label: `Página ${page}` }]}
    >
      <h1>{title}</h1>
      <p>
        <a href="/feeds/noticias.xml">Suscríbase a las noticias</a> con su lector de noticias.
      </p>
      <NewsList items={items} />
      <Pagination current={page} pages={pages} label="noticias" />
    </Layout>
  );
}
