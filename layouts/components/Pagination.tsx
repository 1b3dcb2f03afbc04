export interface PageLink {
  number: number;
  url: string;
}

/** First, last and the two either side of the current page: a 200-page archive stays a short list. */
export function visiblePages(current: number, pages: PageLink[]): (PageLink | null)[] {
  const out: (PageLink | null)[] = [];
  for (const p of pages) {
    const near = Math.abs(p.number - current) <= 2 || p.number === 1 || p.number === pages.length;
    if (near) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** Numbered pages of a listing: plain links, so they work without JavaScript. */
export function Pagination({ current, pages, label }: { current: number; pages: PageLink[]; label: string }) {
  if (pages.length < 2) return null;
  const prev = pages[current - 2];
  const next = pages[current];
  return (
    <nav className="paginacion" aria-label={`Páginas de ${label}`}>
      <ul>
        {prev && (
          <li>
            <a href={prev.url} rel="prev">
              ← Anteriores<span className="visualmente-oculto"> (página {prev.number})</span>
            </a>
          </li>
        )}
        {visiblePages(current, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
          <li key={p.number}>
            {p.number === current ? (
              <span aria-current="page">
                <span className="visualmente-oculto">Página </span>
                {p.number}
              </span>
            ) : (
              <a href={p.url}>
                <span className="visualmente-oculto">Página </span>
                {p.number}
              </a>
            )}
          </li>
          ),
        )}
        {next && (
          <li>
            <a href={next.url} rel="next">
              Siguientes<span className="visualmente-oculto"> (página {next.number})</span> →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
