import type { NewsEntry } from "../../src/content/types.ts";
import type { PageContext } from "../../src/routes/context.ts";
import { Layout } from "../Layout.tsx";
import { NewsList, Pagination, type PageLink } from "../components/Lists.tsx";

export function NewsIndex({ ctx, items, page, pages }: { ctx: PageContext; items: NewsEntry[]; page: number; pages: PageLink[] }) {
  const title = page === 1 ? "Noticias" : `Noticias — página ${page} de ${pages.length}`;
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={`Noticias de la ${ctx.portal.site.entity}, de la más reciente a la más antigua.`}
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
