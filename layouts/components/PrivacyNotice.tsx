import { DATA_POLICY_VERSION } from "../../src/forms/pqrsd.ts";
import type { ChannelContact } from "./channel.ts";

/** Aviso de privacidad (Ley 1581 de 2012; Decreto 1377 de 2013, art. 15), with the policy's version. */
const PQRSD_USES =
  "Los usa solo para tramitar y responder su solicitud y para contar, sin datos personales, cuántas solicitudes recibe. No los publica ni los entrega a terceros, salvo a la entidad competente si su solicitud debe trasladarse (Ley 1755 de 2015, art. 21).";

/** `uses`: what this form's data are for, said in the notice itself (Decreto 1377 de 2013, art. 15). */
export function PrivacyNotice({ contact, uses = PQRSD_USES }: { contact: ChannelContact; uses?: string }) {
  return (
    <div className="aviso-privacidad" id="aviso-de-privacidad">
      <h3>Aviso de privacidad</h3>
      <p>
        La {contact.entity} ({contact.address}; {contact.email}) es la responsable de los datos que escriba en este formulario. {uses}
      </p>
      <p>
        Usted puede conocer, actualizar, rectificar y pedir la supresión de sus datos, y revocar esta autorización (Ley 1581 de 2012,
        art. 8). Las preguntas sobre datos sensibles o de niñas, niños y adolescentes son de respuesta opcional. Para frenar los envíos
        automáticos, el formulario guarda en su navegador una cookie técnica con la hora en que lo abrió, sin datos personales, que
        se borra en dos horas.
      </p>
      <p>
        Lea la <a href="/politica-de-privacidad/">política de tratamiento de datos personales</a> (versión {DATA_POLICY_VERSION}).
      </p>
    </div>
  );
}
