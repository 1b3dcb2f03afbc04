import type { ActEntry } from "../../src/content/types.ts";
import type { Crumb, PageContext } from "../../src/routes/context.ts";
import { Layout } from "../Layout.tsx";
import { ActList, Pagination, type PageLink } from "../components/Lists.tsx";

export interface Facet {
  label: string;
  url: string;
  count: number;
}

export interface ActIndexProps {
  ctx: PageContext;
  heading: string;
  intro: string;
  breadcrumbs: Crumb[];
  items: ActEntry[];
  page: number;
  pages: PageLink[];
  byType: Facet[];
  byYear: Facet[];
}

/** Every normativa listing: all acts, one type, or one year. Plain links, no script. */
export function ActIndex({ ctx, heading, intro, breadcrumbs, items, page, pages, byType, byYear }: ActIndexProps) {
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
          {items.length ? <ActList items={items} now={ctx.portal.buildTime} /> : <p>No hay actos publicados en esta sección.</p>}
          <Pagination current={page} pages={pages} label={heading.toLowerCase()} />
        </div>
      </div>
    </Layout>
  );
}
