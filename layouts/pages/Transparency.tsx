import type { TransparencyData } from "../../src/schema/transparency.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";

export interface TransparencyProps {
  transparency: TransparencyData;
}

export function Transparency({ ctx, transparency }: TransparencyProps & { ctx: PageContext }) {
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
