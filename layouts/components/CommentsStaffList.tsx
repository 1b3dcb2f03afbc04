export interface DraftCommentsRow {
  id: string;
  title: string;
  url?: string;
  count: number;
}

/** The staff's view of the comments received on draft rules, to write each draft's matrix of answers. */
export function CommentsStaffList({ rows }: { rows: DraftCommentsRow[] }) {
  return (
    <div className="personal">
      <p>
        Los comentarios que la ciudadanía envía en la página de cada proyecto de norma. Con ellos se escribe, en el CMS, la «Matriz de
        comentarios y respuestas» del proyecto. Los archivos pueden contener datos personales (Ley 1581 de 2012): no publique el nombre de
        quien no autorizó publicarlo (columna «publicar_nombre»).
      </p>
      <p>
        <a href="../">Volver a las PQRSD</a>
      </p>
      {rows.length === 0 ? (
        <p>Todavía no se han recibido comentarios.</p>
      ) : (
        <section className="tabla-desplazable" aria-labelledby="titulo-comentarios">
          <table>
            <caption id="titulo-comentarios">Comentarios recibidos por proyecto</caption>
            <thead>
              <tr>
                <th scope="col">Proyecto</th>
                <th scope="col">Comentarios</th>
                <th scope="col">Descargar</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.url ? <a href={r.url}>{r.title}</a> : r.title}</th>
                  <td>{r.count}</td>
                  <td>
                    <a href={`${r.id}.csv`} download="">CSV</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
