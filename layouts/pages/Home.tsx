import type { DraftEntry, NewsEntry, PlanEntry } from "../../src/content/types.ts";
import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { HOME_SECTIONS } from "../navigation.ts";
import { ActList, type ActListItem } from "../components/ActList.tsx";
import { NewsList } from "../components/NewsList.tsx";
import { Time } from "../components/Time.tsx";
import { WindowEdge } from "./DraftPage.tsx";

export interface HomeProps {
  /** The latest news and acts, and the plan the home page features. */
  news: NewsEntry[];
  acts: ActListItem[];
  plan: PlanEntry | undefined;
  /** Draft rules open for comment when the page is made: a citizen should find them from the front page. */
  consultations: DraftEntry[];
}

export function Home({ ctx, news, acts, plan, consultations }: HomeProps & { ctx: PageContext }) {
  const { site } = ctx;
  return (
    <Layout ctx={ctx} title="Inicio" description={site.description}>
      <h1 className="portada-titulo">
        {site.entity}
        <span className="portada-lema">«{site.motto}»</span>
      </h1>
      <nav aria-label="Secciones del portal" className="secciones">
        <ul>
          {HOME_SECTIONS.map((s) => (
            <li key={s.url}>
              <a href={s.url}>
                <strong>{s.title}</strong>
                <span>{s.text}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {consultations.length > 0 && (
        <section aria-labelledby="consultas-abiertas" className="destacado">
          <h2 id="consultas-abiertas">Participe: proyectos de normas abiertos para comentarios</h2>
          <ul>
            {consultations.map((d) => (
              <li key={d.id}>
                <a href={d.url}>{d.title}</a>: comentarios hasta <WindowEdge date={d.data.closes} closing />
                {d.data.closes.dateOnly ? "." : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="portada-columnas">
        <section aria-labelledby="ultimas-noticias">
          <h2 id="ultimas-noticias">Últimas noticias</h2>
          <NewsList items={news} heading="h3" />
          <p>
            <a href="/noticias/">Todas las noticias</a>
          </p>
        </section>
        <section aria-labelledby="ultima-normativa">
          <h2 id="ultima-normativa">Normativa reciente</h2>
          <ActList items={acts} heading="h3" />
          <p>
            <a href="/normativa/">Toda la normativa</a>
          </p>
        </section>
      </div>
      {plan && (
        <section aria-labelledby="plan-destacado" className="destacado">
          <h2 id="plan-destacado">{plan.title}</h2>
          <p>{plan.summary}</p>
          <p className="meta">
            Vigencia {plan.data.period} · aprobado el {plan.date && <Time date={plan.date} />}
          </p>
          <p>
            <a href={plan.url}>Leer el plan</a>
          </p>
        </section>
      )}
    </Layout>
  );
}
