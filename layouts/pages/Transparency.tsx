import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { NumeralStatus, type NumeralStatusValue } from "../components/NumeralStatus.tsx";

/** A numeral of the transparency list (Resolución 1519 de 2020, anexo 2) as the page shows it. */
export interface NumeralView {
  number: string;
  title: string;
  status: NumeralStatusValue;
  /** Where it is published; for a missing numeral, the closest page that is. */
  link?: { url: string; label: string; external: boolean };
  missing?: string;
  notApplicable?: string;
  note?: string;
  /** An out-of-date numeral: when what it links was last renewed, and by when it had to be. */
  stale?: { last: string; due: string };
  /** A sub-item that says nothing of its own: its numeral's words stand for it. */
  inherited?: boolean;
  subitems: NumeralView[];
}

export interface TransparencyProps {
  intro: string;
  categories: { number: number; title: string; items: NumeralView[] }[];
  counts: Record<NumeralStatusValue, number> & { total: number };
  checkedAt: { iso: string; text: string };
  /** Category 7 lists the datasets, not the feeds. */
  datasets: { title: string; url: string }[];
}

const anchor = (number: string) => `numeral-${number.replace(/\./g, "-")}`;

function Numeral({ n }: { n: NumeralView }) {
  const published = n.status === "cumple" || n.status === "desactualizado";
  return (
    <li id={anchor(n.number)} className="numeral">
      <p className="numeral-cabeza">
        <span className="numeral-numero">{n.number}</span>{" "}
        {published && n.link ? (
          <a href={n.link.url} rel={n.link.external ? "external noopener" : undefined}>
            {n.title}
            {n.link.external && <span className="visualmente-oculto"> (sitio externo)</span>}
          </a>
        ) : (
          <span className="numeral-titulo">{n.title}</span>
        )}{" "}
        <NumeralStatus status={n.status} />
      </p>
      {n.missing && !n.inherited && (
        <p className="falta">
          {n.missing}
          {n.link && (
            <>
              {" "}
              Lo más cercano que está publicado:{" "}
              <a href={n.link.url} rel={n.link.external ? "external noopener" : undefined}>
                {n.link.label}
                {n.link.external && <span className="visualmente-oculto"> (sitio externo)</span>}
              </a>
              .
            </>
          )}
        </p>
      )}
      {n.notApplicable && !n.inherited && (
        <p className="no-aplica">
          <strong>No aplica.</strong> {n.notApplicable}
        </p>
      )}
      {n.stale && (
        <p className="falta">
          Lo publicado es del {n.stale.last}; debía renovarse a más tardar el {n.stale.due}.
        </p>
      )}
      {n.note && !n.inherited && <p className="nota">{n.note}</p>}
      {n.subitems.length > 0 && (
        <ul className="subnumerales">
          {n.subitems.map((s) => (
            <Numeral key={s.number} n={s} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function Transparency({ ctx, intro, categories, counts, checkedAt, datasets }: TransparencyProps & { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title="Transparencia y acceso a la información pública"
      description="La información que la Ley 1712 de 2014 obliga a publicar, numeral por numeral, en las diez categorías de la Resolución 1519 de 2020."
      breadcrumbs={[{ label: "Transparencia" }]}
      search={{ type: "Página" }}
    >
      <h1>Transparencia y acceso a la información pública</h1>
      <p>{intro}</p>
      <p className="destacado">
        De los {counts.total} numerales que revisa la Procuraduría, al <time dateTime={checkedAt.iso}>{checkedAt.text}</time>: {counts.cumple}{" "}
        {counts.cumple === 1 ? "está publicado" : "están publicados"}, {counts.desactualizado} {counts.desactualizado === 1 ? "está desactualizado" : "están desactualizados"},{" "}
        {counts.falta} {counts.falta === 1 ? "falta" : "faltan"} por publicar y {counts["no-aplica"]} no {counts["no-aplica"] === 1 ? "aplica" : "aplican"} a la Alcaldía.
      </p>
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
          <ul className="numerales">
            {c.items.map((n) => (
              <Numeral key={n.number} n={n} />
            ))}
          </ul>
          {c.number === 7 && datasets.length > 0 && (
            <>
              <h3 id="conjuntos-de-datos">Conjuntos de datos abiertos</h3>
              <ul>
                {datasets.map((d) => (
                  <li key={d.url}>
                    <a href={d.url}>{d.title}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </Layout>
  );
}
