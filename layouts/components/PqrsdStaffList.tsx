import { requestTypeLabel } from "../../src/forms/pqrsd.ts";

export interface StaffRow {
  radicado: string;
  filedAt: string;
  type: string;
  subject: string;
  requester: string;
  due: string;
  notice: string;
  outcome: string;
  overdue: boolean;
}

export interface StaffListProps {
  year: number;
  years: number[];
  rows: StaffRow[];
  pendingNotices: number;
  /** Numbers claimed by filings that did not complete: shown so that gaps in the sequence are explained. */
  voided: string[];
  user: string;
}

/** The staff's list of filings of a year, with the CSV export and the pending notices. */
export function PqrsdStaffList({ year, years, rows, pendingNotices, voided, user }: StaffListProps) {
  return (
    <div className="personal">
      <p>
        Sesión de <strong>{user}</strong>. Esta página y los archivos que enlaza contienen datos personales (Ley 1581 de 2012): no la
        comparta ni la imprima sin necesidad.
      </p>
      <nav aria-label="Años">
        <ul className="lista-en-linea">
          {years.map((y) => (
            <li key={y}>{y === year ? <strong aria-current="page">{y}</strong> : <a href={`?anio=${y}`}>{y}</a>}</li>
          ))}
        </ul>
      </nav>
      <p>
        <a className="boton" href={`pqrsd-${year}.csv`} download="">Descargar las solicitudes de {year} (CSV)</a>
      </p>
      <p>
        Otros registros de la ciudadanía: <a href="comentarios/">comentarios a proyectos de normas</a>; «¿Le fue útil esta página?», opiniones
        anónimas de las páginas del portal: <a href="utilidad-resumen.csv" download="">resumen mensual por página (CSV)</a> y{" "}
        <a href="utilidad-comentarios.csv" download="">comentarios (CSV)</a>.
      </p>
      {pendingNotices > 0 && (
        <form method="post" action="avisos">
          <p>
            {pendingNotices === 1 ? "1 aviso por correo está pendiente" : `${pendingNotices} avisos por correo están pendientes`} (el correo no
            salió al radicar). <button type="submit" className="boton">Reenviar los avisos pendientes</button>
          </p>
        </form>
      )}
      <section className="tabla-desplazable" aria-labelledby="titulo-lista">
        <table>
          <caption id="titulo-lista">Solicitudes radicadas en {year}: {rows.length}</caption>
          <thead>
            <tr>
              <th scope="col">Radicado</th>
              <th scope="col">Recibida</th>
              <th scope="col">Tipo</th>
              <th scope="col">Asunto</th>
              <th scope="col">Solicitante</th>
              <th scope="col">Vence</th>
              <th scope="col">Aviso</th>
              <th scope="col">Gestión</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.radicado}>
                <th scope="row"><a href={r.radicado}>{r.radicado}</a></th>
                <td>{r.filedAt}</td>
                <td>{requestTypeLabel(r.type)}</td>
                <td>{r.subject}</td>
                <td>{r.requester}</td>
                <td>{r.overdue ? <strong>{r.due} (vencida)</strong> : r.due}</td>
                <td>{r.notice}</td>
                <td>{r.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {voided.length > 0 && (
        <p>
          Números anulados por una falla técnica al radicar (el ciudadano recibió un aviso de error y nada quedó guardado):{" "}
          {voided.join(", ")}.
        </p>
      )}
    </div>
  );
}
