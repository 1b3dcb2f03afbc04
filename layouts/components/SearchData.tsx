/** How search lists a page: its type, year, issuer, date. Only for pages search indexes. */
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
export function SearchData({ info }: { info: SearchInfo }) {
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
