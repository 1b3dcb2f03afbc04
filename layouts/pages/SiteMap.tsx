import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";

export interface SiteMapSection {
  title: string;
  /** The section's own page, when it has one: its heading links there instead of repeating it below. */
  url?: string;
  links: { label: string; url: string }[];
}

export interface SiteMapProps {
  sections: SiteMapSection[];
}

export function SiteMap({ ctx, sections }: SiteMapProps & { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Mapa del sitio" description="Todas las secciones y páginas del portal." breadcrumbs={[{ label: "Mapa del sitio" }]}>
      <h1>Mapa del sitio</h1>
      {sections.map((s) => (
        <section key={s.title} aria-label={s.title}>
          <h2>{s.url ? <a href={s.url}>{s.title}</a> : s.title}</h2>
          <ul>
            {s.links.map((l) => (
              <li key={l.url}>
                <a href={l.url}>{l.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
