import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";

export interface SearchFacets {
  types: string[];
  years: number[];
  issuers: string[];
  typeListings: { label: string; url: string }[];
  yearListings: { label: string; url: string }[];
}

/**
 * /buscar/: a plain GET form that works as a link (?q=…&tipo=…), enhanced by /assets/buscar.*.js, which
 * loads Pagefind only when there is something to search.
 */
export interface SearchPageProps {
  facets: SearchFacets;
  /** Fingerprinted URL of the search script. */
  script: string;
}

export function SearchPage({ ctx, facets, script }: SearchPageProps & { ctx: PageContext }) {
  const select = (name: string, label: string, all: string, values: (string | number)[]) => (
    <div className="campo">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name}>
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v} value={String(v)}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Layout
      ctx={ctx}
      title="Buscar"
      description="Busque noticias, normativa, planes y páginas del portal."
      breadcrumbs={[{ label: "Buscar" }]}
      head={<script type="module" src={script} />}
    >
      <h1>Buscar en el portal</h1>
      <form id="busqueda" className="buscar-formulario" action="/buscar/" method="get" role="search" aria-label="Buscar en el portal">
        <div className="campo">
          <label htmlFor="q">Palabras que busca</label>
          <input id="q" name="q" type="search" autoComplete="off" />
        </div>
        <fieldset>
          <legend>Filtrar y ordenar</legend>
          {select("tipo", "Tipo de contenido", "Todos los tipos", facets.types)}
          {select("anio", "Año", "Todos los años", facets.years)}
          {select("organo", "Órgano o dependencia", "Todos", facets.issuers)}
          <div className="campo">
            <label htmlFor="f-orden">Orden</label>
            <select id="f-orden" name="orden">
              <option value="">Más relevantes primero</option>
              <option value="recientes">Más recientes primero</option>
              <option value="antiguos">Más antiguos primero</option>
            </select>
          </div>
        </fieldset>
        <button type="submit">Buscar</button>
      </form>
      <noscript>
        <div className="aviso">
          <p>
            <strong>La búsqueda necesita JavaScript</strong>, que está desactivado en su navegador. Puede encontrar lo mismo en los listados:
          </p>
          <ul>
            <li>
              <a href="/noticias/">Noticias</a>
            </li>
            {facets.typeListings.map((l) => (
              <li key={l.url}>
                <a href={l.url}>{l.label}</a>
              </li>
            ))}
            <li>
              Normativa por año:{" "}
              {facets.yearListings.map((l, i) => (
                <span key={l.url}>
                  {i > 0 && ", "}
                  <a href={l.url}>{l.label}</a>
                </span>
              ))}
            </li>
            <li>
              <a href="/mapa-del-sitio/">Mapa del sitio</a>
            </li>
          </ul>
        </div>
      </noscript>
      <div id="estado-busqueda" className="estado-busqueda" role="status" aria-live="polite" aria-atomic="true"></div>
      <ol id="resultados" className="resultados"></ol>
      <button type="button" id="mas-resultados" className="boton-secundario" hidden>
        Ver más resultados
      </button>
    </Layout>
  );
}
