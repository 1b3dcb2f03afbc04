import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import type { FeedInfo } from "../navigation.ts";

export interface FeedsPageProps {
  feeds: readonly FeedInfo[];
  /** Whether a plan measures publishing, so the frequency report and its feed exist. */
  hasFrequency: boolean;
}

export function FeedsPage({ ctx, feeds, hasFrequency }: FeedsPageProps & { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Suscripciones" description="Reciba las publicaciones del portal en su lector de noticias." breadcrumbs={[{ label: "Suscripciones" }]}>
      <h1>Suscripciones</h1>
      <p>
        Copie la dirección de un canal en su lector de noticias (RSS/Atom) para recibir cada publicación sin volver a visitar el portal. Cada canal de
        publicaciones tiene las 50 más recientes, en formato Atom y en JSON Feed.
      </p>
      <ul>
        {feeds.map((f) => (
          <li key={f.slug}>
            <strong>{f.title}</strong>: {f.description} <a href={`/feeds/${f.slug}.xml`}>Atom</a> ·{" "}
            <a href={`/feeds/${f.slug}.json`}>JSON Feed</a>
          </li>
        ))}
        {hasFrequency && (
          <li>
            <strong>Frecuencia de actualización</strong>: una entrada por cada mes desde que empezó el plan, con el número de publicaciones y si se
            cumplió la meta. <a href="/feeds/frecuencia-publicacion.xml">Atom</a> · <a href="/feeds/frecuencia-publicacion.json">datos en JSON</a>
          </li>
        )}
      </ul>
    </Layout>
  );
}
