import type { PageContext } from "../../src/routes/context.ts";
import { Layout } from "../Layout.tsx";
import { ActList, NewsList } from "../components/Lists.tsx";
import { Time } from "../components/Time.tsx";

const SECTIONS = [
  { url: "/noticias/", title: "Noticias", text: "Lo que hace la administración, día a día." },
  { url: "/normativa/", title: "Normativa", text: "Decretos, acuerdos, resoluciones, circulares y actas." },
  { url: "/planes/", title: "Planes", text: "Los planes del municipio y sus metas." },
  { url: "/transparencia/", title: "Transparencia", text: "La información pública que la ley exige publicar." },
  { url: "/atencion-al-ciudadano/", title: "Atención a la ciudadanía", text: "Peticiones, quejas, reclamos, sugerencias y denuncias." },
  { url: "/participa/", title: "Participa", text: "Consultas, rendición de cuentas y control social." },
];

export function Home({ ctx }: { ctx: PageContext }) {
  const { portal } = ctx;
  const news = portal.entries.noticias.slice(0, 4);
  const acts = portal.entries.normativa.slice(0, 5);
  const plan = portal.entries.planes[0];
  return (
    <Layout ctx={ctx} title="Inicio" description={portal.site.description}>
      <h1 className="portada-titulo">
        {portal.site.entity}
        <span className="portada-lema">«{portal.site.motto}»</span>
      </h1>
      <nav aria-label="Secciones del portal" className="secciones">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.url}>
              <a href={s.url}>
                <strong>{s.title}</strong>
                <span>{s.text}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
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
          <ActList items={acts} heading="h3" now={ctx.portal.buildTime} />
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
