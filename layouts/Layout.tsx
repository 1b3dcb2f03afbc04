import { createContext, useContext, type ReactNode } from "react";
import { absoluteUrl, type Crumb, type PageContext } from "../src/routes/context.ts";
import { Breadcrumbs } from "./components/Breadcrumbs.tsx";

/** Main menu: the order Colombian public sites share (Inicio · Transparencia · Atención · Participa). */
export const MAIN_MENU = [
  { label: "Inicio", url: "/" },
  { label: "Transparencia", url: "/transparencia/" },
  { label: "Atención y servicios a la ciudadanía", url: "/atencion-al-ciudadano/" },
  { label: "Participa", url: "/participa/" },
  { label: "Noticias", url: "/noticias/" },
  { label: "Normativa", url: "/normativa/" },
  { label: "Planes", url: "/planes/" },
] as const;

export const FEEDS = [
  { title: "Novedades", url: "/feeds/novedades.xml", type: "application/atom+xml" },
  { title: "Noticias", url: "/feeds/noticias.xml", type: "application/atom+xml" },
  { title: "Normativa", url: "/feeds/normativa.xml", type: "application/atom+xml" },
  { title: "Novedades (JSON Feed)", url: "/feeds/novedades.json", type: "application/feed+json" },
] as const;

export interface SearchInfo {
  /** Filter "tipo": Noticia, Decreto, Acuerdo, Resolución, Circular, Acta, Plan, Página, Evento, Convenio. */
  type: string;
  year?: number;
  /** Filter "organo": the issuing body of an act, the office of a news item. */
  issuer?: string;
  /** ISO date for sorting, and its Colombian wording for the result. */
  date?: string;
  dateLabel?: string;
  /** Result title when the page's h1 is not the best one. */
  title?: string;
}

/**
 * Pagefind reads filters, sort keys and metadata from these elements. Their text is the value (so a
 * comma needs no escaping); `data-pagefind-ignore` keeps it out of the indexed words, and nobody sees it.
 */
function SearchData({ info }: { info: SearchInfo }) {
  const filters: [string, string | undefined][] = [
    ["tipo", info.type],
    ["anio", info.year ? String(info.year) : undefined],
    ["organo", info.issuer],
  ];
  const meta: [string, string | undefined][] = [
    ["tipo", info.type],
    ["fecha", info.dateLabel],
    ["title", info.title],
  ];
  return (
    <div hidden data-pagefind-ignore="">
      {filters.map(([k, v]) => v && <span key={`f-${k}`} data-pagefind-filter={k}>{v}</span>)}
      {meta.map(([k, v]) => v && <span key={`m-${k}`} data-pagefind-meta={k}>{v}</span>)}
      {info.date && <span data-pagefind-sort={`fecha:${info.date}`} />}
    </div>
  );
}

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  description: string;
  breadcrumbs?: Crumb[];
  children: ReactNode;
  /** Extra <head> elements (search assets on /buscar/, say). */
  head?: ReactNode;
  /** How search lists this page: its type, year, issuer, date. Only for pages search indexes. */
  search?: SearchInfo;
  noindex?: boolean;
}

/** A page outside a section's folder still belongs to it when its breadcrumb trail starts there. */
function isCurrent(menuUrl: string, url: string, section?: string): boolean {
  return menuUrl === "/" ? url === "/" : url.startsWith(menuUrl) || section === menuUrl;
}

function GovCoBar() {
  return (
    <nav className="govco" aria-label="Portal del Estado colombiano">
      <div className="envoltura">
        <a href="https://www.gov.co/" className="govco-logo" rel="external noopener">
          <span aria-hidden="true">GOV.CO</span>
          <span className="visualmente-oculto">Ir al portal único del Estado colombiano GOV.CO</span>
        </a>
      </div>
    </nav>
  );
}

function Header({ ctx, section }: { ctx: PageContext; section?: string }) {
  const { site } = ctx.portal;
  return (
    <header className="cabecera">
      <div className="envoltura cabecera-fila">
        <a href="/" className="marca">
          <span className="marca-entidad">{site.entity}</span>
          <span className="marca-lugar">
            {site.municipality}, {site.department}
          </span>
        </a>
        <form className="buscador" role="search" action="/buscar/" method="get">
          <label htmlFor="buscador-q">Buscar en el portal</label>
          <div className="buscador-fila">
            <input id="buscador-q" name="q" type="search" autoComplete="off" enterKeyHint="search" />
            <button type="submit">Buscar</button>
          </div>
        </form>
      </div>
      <nav className="menu" aria-label="Menú principal">
        <ul className="envoltura">
          {MAIN_MENU.map((item) => (
            <li key={item.url}>
              <a href={item.url} aria-current={isCurrent(item.url, ctx.url, section) ? (item.url === ctx.url ? "page" : "true") : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

/** A phone number never breaks across lines. */
const nbsp = (text: string) => text.replace(/ /g, "\u00a0");

function Footer({ ctx }: { ctx: PageContext }) {
  const { site } = ctx.portal;
  return (
    <footer className="pie">
      <div className="envoltura pie-columnas">
        <section aria-labelledby="pie-entidad">
          <h2 id="pie-entidad">{site.entity}</h2>
          <p>
            {site.municipality}, {site.department}, Colombia
            <br />
            <em>«{site.motto}»</em>
          </p>
          <h3>Dirección</h3>
          <p>
            {site.address}
            {site.postal_code ? ` · Código postal ${site.postal_code}` : ""}
          </p>
          <h3>Horario de atención</h3>
          <ul>
            {site.hours.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="pie-contacto">
          <h2 id="pie-contacto">Contacto</h2>
          <ul>
            {site.phones.map((p) => (
              <li key={p.number}>
                {p.label}: <a href={`tel:${p.number.replace(/\s+/g, "")}`}>{nbsp(p.number)}</a>
              </li>
            ))}
            <li>
              Línea gratuita:{" "}
              {site.toll_free ? <a href={`tel:${site.toll_free.replace(/\s+/g, "")}`}>{nbsp(site.toll_free)}</a> : "la entidad no tiene línea gratuita"}
            </li>
            <li>Línea anticorrupción: {site.anticorruption_line}</li>
            <li>
              Correo institucional: <a href={`mailto:${site.email}`}>{site.email}</a>
            </li>
            <li>
              Notificaciones judiciales: <a href={`mailto:${site.judicial_email}`}>{site.judicial_email}</a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="pie-enlaces">
          <h2 id="pie-enlaces">Enlaces</h2>
          <ul>
            <li>
              <a href="/mapa-del-sitio/">Mapa del sitio</a>
            </li>
            <li>
              <a href="/politica-de-privacidad/">Política de tratamiento de datos personales</a>
            </li>
            <li>
              <a href="/terminos-y-condiciones/">Términos y condiciones</a>
            </li>
            <li>
              <a href="/accesibilidad/">Accesibilidad</a>
            </li>
            <li>
              <a href="/atencion-al-ciudadano/">Peticiones, quejas, reclamos y denuncias</a>
            </li>
            <li>
              <a href="/feeds/">Suscripciones (feeds)</a>
            </li>
          </ul>
        </section>
      </div>
      <div className="pie-govco">
        <div className="envoltura">
          <a href="https://www.gov.co/" rel="external noopener">
            GOV.CO
          </a>{" "}
          · Portal único del Estado colombiano
        </div>
      </div>
    </footer>
  );
}

export function Layout({ ctx, title, description, breadcrumbs, children, head, search, noindex }: LayoutProps) {
  const { site } = ctx.portal;
  if (useContext(PreviewMode)) {
    return (
      <PageBody ctx={ctx} breadcrumbs={breadcrumbs} search={search}>
        {children}
      </PageBody>
    );
  }
  const fullTitle = ctx.url === "/" ? `${site.entity} — ${site.municipality}, ${site.department}` : `${title} — ${site.short_name}`;
  return (
    <html lang="es-CO">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        {noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={absoluteUrl(ctx.portal, ctx.url)} />}
        <link rel="stylesheet" href={ctx.stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {FEEDS.map((f) => (
          <link key={f.url} rel="alternate" type={f.type} title={`${f.title} — ${site.short_name}`} href={f.url} />
        ))}
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:locale" content="es_CO" />
        <meta property="og:site_name" content={site.entity} />
        {head}
      </head>
      <body>
        <PageBody ctx={ctx} breadcrumbs={breadcrumbs} search={search}>
          {children}
        </PageBody>
      </body>
    </html>
  );
}

/**
 * Everything inside <body>. The CMS previews render this, with the page's own content, inside the
 * preview frame: the citizen's page and the editor's preview are the same component.
 */
export function PageBody({ ctx, breadcrumbs, search, children }: Pick<LayoutProps, "ctx" | "breadcrumbs" | "search" | "children">) {
  return (
    <>
      <a className="saltar" href="#contenido">
        Saltar al contenido principal
      </a>
      <GovCoBar />
      <Header ctx={ctx} section={breadcrumbs?.[0]?.url} />
      <main id="contenido" className="envoltura" tabIndex={-1}>
        {breadcrumbs && <Breadcrumbs trail={breadcrumbs} />}
        {search ? (
          <div data-pagefind-body="">
            <SearchData info={search} />
            {children}
          </div>
        ) : (
          children
        )}
      </main>
      <Footer ctx={ctx} />
    </>
  );
}

/** In a CMS preview, pages render their body only: the frame already has its document. */
export const PreviewMode = createContext(false);
