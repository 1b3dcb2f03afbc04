import { AnswerTerms } from "./AnswerTerms.tsx";
import { otherChannels } from "./channel.ts";
import { PqrsdForm, type PqrsdFormProps } from "./PqrsdForm.tsx";

/** What the form page shows under its title, and what the function shows again with the citizen's errors. */
export function PqrsdFormSection(props: PqrsdFormProps) {
  return (
    <>
      <p className="entradilla">
        Presente aquí su petición, queja, reclamo, sugerencia, denuncia, solicitud de información pública o consulta. Al enviarla recibe un
        número de radicado y la fecha límite de respuesta.
      </p>
      <p>
        Los campos marcados como opcionales pueden quedar en blanco. También puede presentarla {otherChannels(props.contact)}.
      </p>
      <details className="plazos-detalle">
        <summary>Plazos de respuesta</summary>
        <AnswerTerms />
      </details>
      <PqrsdForm {...props} />
    </>
  );
}
