import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { DataTable } from "../components/DataTable.tsx";
import { Downloads } from "../components/Downloads.tsx";
import type { DatasetSummary } from "./OpenDataPage.tsx";

/** A column of a dataset, as its data dictionary describes it. */
export interface DictionaryColumn {
  title: string;
  name: string;
  type: string;
  description: string;
}

export interface DatasetPageProps {
  dataset: DatasetSummary;
  columns: DictionaryColumn[];
  /** The CSVW dictionary, for programs. */
  dictionaryUrl: string;
}

export function DatasetPage({ ctx, dataset: d, columns, dictionaryUrl }: DatasetPageProps & { ctx: PageContext }) {
  return (
    <Layout
      ctx={ctx}
      title={`Datos abiertos: ${d.title}`}
      description={d.description}
      breadcrumbs={[{ label: "Transparencia", url: "/transparencia/" }, { label: "Datos abiertos", url: "/datos-abiertos/" }, { label: d.title }]}
      search={{ type: "Página", title: `Datos abiertos: ${d.title}` }}
    >
      <h1>
        {d.title}
        <span className="subtitulo">Conjunto de datos abiertos</span>
      </h1>
      <p>{d.description}</p>
      <dl className="ficha">
        <dt>Filas</dt>
        <dd>{d.rows}</dd>
        <dt>Última actualización</dt>
        <dd>{d.modified ? <time dateTime={d.modified.iso}>{d.modified.text}</time> : "Sin filas todavía."}</dd>
        <dt>Frecuencia de actualización</dt>
        <dd>{d.frequency}</dd>
        <dt>Dependencia responsable</dt>
        <dd>{d.responsible}</dd>
        <dt>Cobertura</dt>
        <dd>{d.coverage}</dd>
        <dt>Idioma</dt>
        <dd>Español</dd>
        <dt>Licencia</dt>
        <dd>
          <a href={d.licence.url} rel="external noopener">
            {d.licence.label}
            <span className="visualmente-oculto"> (sitio externo)</span>
          </a>
        </dd>
        <dt>En el Portal de Datos Abiertos (datos.gov.co)</dt>
        <dd>{d.datosGovCo ? <a href={d.datosGovCo} rel="external noopener">{d.datosGovCo}<span className="visualmente-oculto"> (sitio externo)</span></a> : "Todavía no está registrado allí."}</dd>
        <dt>Descargar</dt>
        <dd>
          <Downloads files={d.downloads} />
        </dd>
      </dl>
      <h2>Diccionario de datos</h2>
      <p>
        Lo que contiene cada columna. El mismo diccionario, con el formato del CSV, está en <a href={dictionaryUrl}>CSVW (JSON)</a> para programas.
      </p>
      <DataTable
        label={`Diccionario de datos: ${d.title}`}
        caption={`Columnas de «${d.title}»`}
        columns={[
          { header: "Columna", cell: (c: DictionaryColumn) => c.title },
          { header: "Nombre en JSON", cell: (c: DictionaryColumn) => <code>{c.name}</code> },
          { header: "Tipo", cell: (c: DictionaryColumn) => c.type },
          { header: "Qué contiene", cell: (c: DictionaryColumn) => c.description },
        ]}
        rows={columns}
        rowKey={(c) => c.name}
      />
    </Layout>
  );
}
