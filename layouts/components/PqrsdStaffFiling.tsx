import { allFields } from "../../src/forms/definition.ts";
import { PQRSD_FORM, requestTypeLabel } from "../../src/forms/pqrsd.ts";
import type { FilingRecord, Notice, Outcome } from "../../src/pqrsd/store.ts";
import { OUTCOMES } from "../../src/pqrsd/store.ts";

export interface StaffFilingProps {
  record: FilingRecord;
  notice: Notice | null;
  outcome: Outcome | null;
  filedAt: string;
  due: string;
}

function valueLabel(name: string, value: string): string {
  const field = allFields(PQRSD_FORM).find((f) => f.name === name);
  if (field && (field.kind === "radio" || field.kind === "select")) return field.options.find((o) => o.value === value)?.label ?? value;
  if (field?.kind === "checkbox") return value === field.value ? "Sí" : "No";
  return value;
}

/** One filing for staff: everything the citizen wrote, the attachments, the notice and the outcome form. */
export function PqrsdStaffFiling({ record, notice, outcome, filedAt, due }: StaffFilingProps) {
  const fields = allFields(PQRSD_FORM).filter((f) => f.kind !== "file" && record.data[f.name] !== undefined);
  return (
    <div className="personal">
      <p><a href="./">Volver a la lista</a></p>
      <dl className="ficha">
        <dt>Radicado</dt>
        <dd>{record.radicado}</dd>
        <dt>Tipo</dt>
        <dd>{requestTypeLabel(record.type)}</dd>
        <dt>Recibida</dt>
        <dd>{filedAt}</dd>
        <dt>Vence</dt>
        <dd>{due} ({record.deadline.days} días hábiles; {record.deadline.basis})</dd>
        <dt>Aviso por correo</dt>
        <dd>{notice?.state === "enviado" ? "Enviado" : `Pendiente${notice?.reason ? ` (${notice.reason})` : ""}`}</dd>
        <dt>Versión del formulario y de la política de datos</dt>
        <dd>{record.formVersion} · {record.dataPolicyVersion}</dd>
        {fields.map((f) => (
          <div key={f.name} className="ficha-fila">
            <dt>{f.label}</dt>
            <dd className="texto-ciudadano">{valueLabel(f.name, record.data[f.name]!)}</dd>
          </div>
        ))}
      </dl>
      <h2>Documentos adjuntos</h2>
      {record.attachments.length === 0 ? (
        <p>Ninguno.</p>
      ) : (
        <ul>
          {record.attachments.map((a, i) => (
            <li key={a.key}>
              <a href={`${record.radicado}/adjuntos/${i + 1}`} download="">{a.name}</a> ({Math.max(1, Math.round(a.size / 1024))} KB, SHA-256 {a.sha256.slice(0, 12)}…)
            </li>
          ))}
        </ul>
      )}
      <h2>Gestión</h2>
      {outcome && (
        <p>
          Último registro: {OUTCOMES.find((o) => o.value === outcome.state)?.label}
          {outcome.date ? ` el ${outcome.date}` : ""}
          {outcome.entity ? `, a ${outcome.entity}` : ""} (por {outcome.by}).
        </p>
      )}
      <form method="post" action={`${record.radicado}/gestion`} className="formulario">
        <fieldset className="seccion">
          <legend>Registrar la gestión de esta solicitud</legend>
          <div className="grupo-campo">
            <fieldset>
              <legend className="pregunta">Estado</legend>
              <div className="opciones">
                {OUTCOMES.map((o) => (
                  <div className="opcion" key={o.value}>
                    <input type="radio" id={`estado-${o.value}`} name="estado" value={o.value} required defaultChecked={outcome?.state === o.value} />
                    <label htmlFor={`estado-${o.value}`}>{o.label}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div className="grupo-campo">
            <label className="pregunta" htmlFor="gestion-fecha">Fecha de la respuesta, el traslado o la negación</label>
            <input className="entrada ancho-10" type="date" id="gestion-fecha" name="fecha" defaultValue={outcome?.date ?? ""} />
          </div>
          <div className="grupo-campo">
            <label className="pregunta" htmlFor="gestion-entidad">Entidad a la que se trasladó</label>
            <input className="entrada" type="text" id="gestion-entidad" name="entidad" maxLength={150} defaultValue={outcome?.entity ?? ""} />
          </div>
          <div className="grupo-campo">
            <label className="pregunta" htmlFor="gestion-nota">Nota interna (no se publica)</label>
            <textarea id="gestion-nota" name="nota" rows={3} maxLength={1000} defaultValue={outcome?.note ?? ""} />
          </div>
          <button type="submit" className="boton">Guardar la gestión</button>
        </fieldset>
      </form>
    </div>
  );
}
