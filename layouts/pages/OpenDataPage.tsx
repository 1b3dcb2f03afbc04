import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { Downloads, type DownloadLink } from "../components/Downloads.tsx";

/** What a dataset's listing and its own page show of it: its metadata and its files. */
export interface DatasetSummary {
  title: string;
  description: string;
  url: string;
  rows: number;
  responsible: string;
  frequency: string;
  licence: { label: string; url: string };
  /** «Municipio de Palmar, Santander, Colombia, del 19 de agosto de 2008 al 27 de marzo de 2026». */
  coverage: string;
  modified?: { iso: string; text: string };
  datosGovCo?: string;
  downloads: DownloadLink[];
}

export interface OpenDataPageProps {
  datasets: DatasetSummary[];
  catalogUrl: string;
}

export function OpenDataPage({ ctx, datasets, catalogUrl }: OpenDataPageProps & { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title="Datos abiertos"
      description="Los datos que publica la Alcaldía en formatos abiertos: normativa, eventos, convenios e indicadores, con su diccionario de datos."
      breadcrumbs={[{ label: "Transparencia", url: "/transparencia/" }, { label: "Datos abiertos" }]}
      search={{ type: "Página" }}
    >
      <h1>Datos abiertos</h1>
      <p>
        La información del portal, en archivos que cualquier persona puede descargar, reutilizar y combinar, citando la fuente. Cada conjunto tiene
        exactamente lo publicado en el portal y se actualiza con él.
      </p>
      <ul className="tarjetas">
        {datasets.map((d) => (
          <li key={d.url} className="tarjeta">
            <h2 className="tarjeta-titulo">
              <a href={d.url}>{d.title}</a>
            </h2>
            <p>{d.description}</p>
            <p className="meta">
              {d.rows} {d.rows === 1 ? "fila" : "filas"} · {d.modified ? <>actualizado el <time dateTime={d.modified.iso}>{d.modified.text}</time></> : "sin filas todavía"} · {d.responsible}
            </p>
            <Downloads files={d.downloads} />
          </li>
        ))}
      </ul>
      <h2>Cómo usar estos archivos</h2>
      <ul>
        <li>
          <strong>XLSX</strong>: ábralo en Excel o en LibreOffice; los números y las fechas son números y fechas, y los textos se conservan tal cual.
        </li>
        <li>
          <strong>CSV</strong>: texto separado por punto y coma, con coma decimal y codificado en UTF-8, como lo abre Excel en español; en R,
          <code> read.csv2</code>; en Python, <code>pandas.read_csv(…, sep=";", decimal=",")</code>.
        </li>
        <li>
          <strong>JSON</strong>: las mismas filas para programas, con los nombres de columna del diccionario de datos de cada conjunto.
        </li>
      </ul>
      <p>
        El <a href={catalogUrl}>catálogo de los conjuntos de datos</a> está en formato DCAT (data.json), el que lee el Portal de Datos Abiertos del
        Estado colombiano, datos.gov.co.
      </p>
    </Layout>
  );
}
