import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";

export type NotFoundProps = object;

export function NotFound({ ctx }: NotFoundProps & { ctx: PageContext }) {
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
