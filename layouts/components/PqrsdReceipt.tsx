import { DateTime } from "luxon";
import { formatLongDate, ZONE } from "../../src/dates/index.ts";
import { ANSWER_CHANNELS, requestTypeLabel } from "../../src/forms/pqrsd.ts";
import { otherChannels, type ChannelContact } from "./channel.ts";

export interface ReceiptProps {
  radicado: string;
  filedAt: string;
  type: string;
  deadline: { received: string; due: string; days: number; basis: string };
  anonymous: boolean;
  answerChannel?: string;
  attachments: number;
  contact: ChannelContact;
}

function When({ iso, withTime }: { iso: string; withTime?: boolean }) {
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  return <time dateTime={withTime ? dt.toISO()! : dt.toISODate()!}>{withTime ? `${formatLongDate(dt)}, ${dt.toFormat("h:mm a").replace("AM", "a. m.").replace("PM", "p. m.")}` : formatLongDate(dt)}</time>;
}

/** The citizen's receipt: the radicado, when it was received and when the answer is due. Printable. */
export function PqrsdReceipt(p: ReceiptProps) {
  const channel = ANSWER_CHANNELS.find((c) => c.value === p.answerChannel)?.label;
  return (
    <div className="recibo">
      <div className="recibo-panel">
        <h2>Su solicitud quedó radicada</h2>
        <p className="recibo-numero">
          Número de radicado <strong>{p.radicado}</strong>
        </p>
      </div>
      <dl className="ficha">
        <dt>Tipo</dt>
        <dd>{requestTypeLabel(p.type)}</dd>
        <dt>Recibida</dt>
        <dd>
          <When iso={p.filedAt} withTime /> (hora de Colombia)
        </dd>
        <dt>Plazo para responder</dt>
        <dd>
          {p.deadline.days} días hábiles ({p.deadline.basis})
        </dd>
        <dt>Fecha límite de respuesta</dt>
        <dd>
          <When iso={p.deadline.due} />
        </dd>
        <dt>Documentos adjuntos</dt>
        <dd>{p.attachments === 0 ? "Ninguno" : p.attachments === 1 ? "1 archivo" : `${p.attachments} archivos`}</dd>
        {channel && (
          <>
            <dt>Respuesta por</dt>
            <dd>{channel}</dd>
          </>
        )}
      </dl>
      <p>
        Los días hábiles son de lunes a viernes, sin festivos. El plazo corre desde el día hábil siguiente a la recepción; una solicitud
        radicada en sábado, domingo o festivo se entiende recibida el siguiente día hábil. Si la Alcaldía no puede responder en ese
        plazo, le informará antes de que venza las razones y la nueva fecha, que no puede superar el doble del plazo inicial (Ley 1755
        de 2015, art. 14, parágrafo).
      </p>
      {p.anonymous ? (
        <p>Como la presentó de forma anónima, consulte la respuesta con este número en la ventanilla de la Alcaldía ({p.contact.address}).</p>
      ) : (
        <p>Si necesita añadir documentos o preguntar por su solicitud, cite este número {otherChannels(p.contact)}.</p>
      )}
      <p className="no-imprimir">
        Guarde este número: imprima esta página o anótelo. <a href="/atencion-al-ciudadano/pqrsd/">Presentar otra solicitud</a>
      </p>
    </div>
  );
}
