import type { PageEntry } from "../../src/content/types.ts";
import type { PageContext } from "../../src/routes/context.ts";
import { searchInfo } from "../components/search-info.ts";
import { Layout } from "../Layout.tsx";
import { Markdown } from "../components/Markdown.tsx";
import { Time } from "../components/Time.tsx";

export function StaticPage({ ctx, entry }: { ctx: PageContext; entry: PageEntry }) {
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

export function Transparency({ ctx }: { ctx: PageContext }) {
  const { transparency } = ctx.portal;
  const categories = [...transparency.categories].sort((a, b) => a.number - b.number);
  return (
    <Layout
      ctx={ctx}
      title="Transparencia y acceso a la información pública"
      description="La información que la Ley 1712 de 2014 obliga a publicar, en las diez categorías de la Resolución 1519 de 2020."
      breadcrumbs={[{ label: "Transparencia" }]}
      search={{ type: "Página" }}
    >
      <h1>Transparencia y acceso a la información pública</h1>
      <p>{transparency.intro}</p>
      <nav aria-label="Categorías de transparencia" className="indice">
        <ol>
          {categories.map((c) => (
            <li key={c.number}>
              <a href={`#categoria-${c.number}`}>{c.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {categories.map((c) => (
        <section key={c.number} aria-labelledby={`categoria-${c.number}`} className="categoria">
          <h2 id={`categoria-${c.number}`}>
            {c.number}. {c.title}
          </h2>
          <ul>
            {c.items.map((item) => (
              <li key={item.title}>
                {item.link ? (
                  <a href={item.link} rel={item.link.startsWith("https:") ? "external noopener" : undefined}>
                    {item.title}
                    {item.link.startsWith("https:") && <span className="visualmente-oculto"> (sitio externo)</span>}
                  </a>
                ) : (
                  <strong>{item.title}</strong>
                )}
                {item.not_applicable && (
                  <p className="no-aplica">
                    <strong>No aplica.</strong> {item.not_applicable}
                  </p>
                )}
                {item.note && <p className="nota">{item.note}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}

export interface SiteMapSection {
  title: string;
  /** The section's own page, when it has one: its heading links there instead of repeating it below. */
  url?: string;
  links: { label: string; url: string }[];
}

export function SiteMap({ ctx, sections }: { ctx: PageContext; sections: SiteMapSection[] }) {
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

export function NotFound({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Página no encontrada" description="La dirección que buscó no existe en el portal." noindex>
      <h1>No encontramos esta página</h1>
      <p>Es posible que la dirección esté mal escrita o que la página se haya movido.</p>
      <ul>
        <li>
          <a href="/">Volver al inicio</a>
        </li>
        <li>
          <a href="/mapa-del-sitio/">Ver el mapa del sitio</a>
        </li>
        <li>
          <a href="/buscar/">Buscar en el portal</a>
        </li>
      </ul>
    </Layout>
  );
}
