import type { PageContext } from "../context.ts";
import { Layout } from "../Layout.tsx";
import { DataTable } from "../components/DataTable.tsx";
import { Downloads, type DownloadLink } from "../components/Downloads.tsx";

/** A cell of an instrument's table: its text, and its address when it names a page. */
export interface InstrumentCell {
  text: string;
  href?: string;
}

/** One of the three instruments of Ley 1712 de 2014, as its page shows it. */
export interface InstrumentPageProps {
  title: string;
  /** What the instrument is, and the article of the law that asks for it. */
  intro: string;
  /** How the portal builds it: what it computes, what the editors write. */
  howMade: string;
  /** The act that adopts it; undefined while none does, and the page says so. */
  adoptedBy?: { title: string; subject: string; url: string };
  reviewed?: { iso: string; text: string };
  datosGovCo?: string;
  downloads: DownloadLink[];
  columns: string[];
  rows: InstrumentCell[][];
  /** What the table says when it has no rows. */
  empty: string;
}

function Cell({ cell }: { cell: InstrumentCell }) {
  return cell.href ? <a href={cell.href}>{cell.text}</a> : <>{cell.text}</>;
}

export function InstrumentPage({ ctx, title, intro, howMade, adoptedBy, reviewed, datosGovCo, downloads, columns, rows, empty }: InstrumentPageProps & { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title={title} description={intro} breadcrumbs={[{ label: "Transparencia", url: "/transparencia/" }, { label: title }]} search={{ type: "Página" }}>
      <h1>{title}</h1>
      <p>{intro}</p>
      {adoptedBy ? (
        <p>
          Adoptado por el <a href={adoptedBy.url}>{adoptedBy.title}</a>: {adoptedBy.subject}
        </p>
      ) : (
        <div className="aviso" role="note">
          <p>
            <strong>Este instrumento no ha sido adoptado todavía por un acto administrativo.</strong> La ley pide que la entidad lo adopte y lo actualice
            por decreto o resolución; mientras se expide, el portal publica esta versión, que la Alcaldía debe revisar.
          </p>
        </div>
      )}
      <p>{howMade}</p>
      <dl className="ficha">
        {reviewed && (
          <>
            <dt>Última revisión</dt>
            <dd>
              <time dateTime={reviewed.iso}>{reviewed.text}</time>
            </dd>
          </>
        )}
        <dt>En el Portal de Datos Abiertos (datos.gov.co)</dt>
        <dd>{datosGovCo ? <a href={datosGovCo} rel="external noopener">{datosGovCo}<span className="visualmente-oculto"> (sitio externo)</span></a> : "Todavía no está registrado allí."}</dd>
        <dt>Descargar</dt>
        <dd>
          <Downloads files={downloads} />
        </dd>
      </dl>
      {rows.length ? (
        <DataTable
          label={title}
          caption={`${title}: ${rows.length} ${rows.length === 1 ? "fila" : "filas"}`}
          columns={columns.map((header, i) => ({ header, cell: (row: InstrumentCell[]) => <Cell cell={row[i]!} /> }))}
          rows={rows}
          rowKey={(row) => row.map((c) => c.text).join("|")}
          className="tabla-instrumento"
        />
      ) : (
        <p>{empty}</p>
      )}
    </Layout>
  );
}
