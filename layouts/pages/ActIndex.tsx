import type { Crumb, PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { ActList, type ActListItem } from "../components/ActList.tsx";
import { Pagination, type PageLink } from "../components/Pagination.tsx";

export interface Facet {
  label: string;
  url: string;
  count: number;
}

export interface ActIndexProps {
  heading: string;
  intro: string;
  breadcrumbs: Crumb[];
  items: ActListItem[];
  page: number;
  pages: PageLink[];
  byType: Facet[];
  byYear: Facet[];
}

/** Every normativa listing: all acts, one type, or one year. Plain links, no script. */
export function ActIndex({ ctx, heading, intro, breadcrumbs, items, page, pages, byType, byYear }: ActIndexProps & { ctx: PageContext }) {
  const title = page === 1 ? heading : `${heading} — página ${page} de ${pages.length}`;
  const facet = (f: Facet) => (
    <li key={f.url}>
      <a href={f.url} aria-current={ctx.url.startsWith(f.url) ? "page" : undefined}>
        {f.label} <span className="cuenta">({f.count})</span>
      </a>
    </li>
  );
  return (
    <Layout ctx={ctx} title={title} description={intro} breadcrumbs={breadcrumbs}>
      <h1>{title}</h1>
      <p>{intro}</p>
      <div className="con-filtros">
        <nav className="filtros" aria-label="Explorar la normativa">
          <h2>Por tipo</h2>
          <ul>{byType.map(facet)}</ul>
          <h2>Por año</h2>
          <ul className="anios">{byYear.map(facet)}</ul>
        </nav>
        <div>
          {items.length ? <ActList items={items} /> : <p>No hay actos publicados en esta sección.</p>}
          <Pagination current={page} pages={pages} label={heading.toLowerCase()} />
        </div>
      </div>
    </Layout>
  );
}
