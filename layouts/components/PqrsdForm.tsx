import { anchorId } from "../../src/forms/attributes.ts";
import { allFields } from "../../src/forms/definition.ts";
import { PQRSD_FORM } from "../../src/forms/pqrsd.ts";
import type { FieldError } from "../../src/forms/validate.ts";
import type { ChannelContact } from "./channel.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { FormSections } from "./FormSections.tsx";
import { PrivacyNotice } from "./PrivacyNotice.tsx";

export const PQRSD_ACTION = "/api/pqrsd";
/** A 1×1 image whose answer sets the cookie with the moment the form was opened (spam check). */
export const PQRSD_START_IMAGE = "/api/pqrsd/inicio.gif";

export interface PqrsdFormProps {
  values?: Record<string, string>;
  errors?: readonly FieldError[];
  /** A problem with the whole submission (not a field): spam check, storage failure, flood. */
  general?: string;
  contact: ChannelContact;
  /** The citizen had chosen files: browsers do not keep them, so say so. */
  hadFiles?: boolean;
}

const HREFS = Object.fromEntries(allFields(PQRSD_FORM).map((f) => [f.name, anchorId(f)]));

/** The PQRSD form, drawn from its definition; the Netlify Function draws it again with the citizen's values and errors. */
export function PqrsdForm({ values = {}, errors = [], general, contact, hadFiles }: PqrsdFormProps) {
  return (
    <form className="formulario" method="post" action={PQRSD_ACTION} encType="multipart/form-data" data-formulario={PQRSD_FORM.id}>
      <ErrorSummary errors={errors} hrefs={HREFS} general={general} />
      <FormSections
        def={PQRSD_FORM}
        values={values}
        errors={errors}
        before={(id) => id === "autorizacion" && <PrivacyNotice contact={contact} />}
        note={(name) => (name === "adjuntos" && hadFiles && errors.length ? "Vuelva a elegir los archivos: el navegador no los conserva al mostrar los errores" : undefined)}
      />
      {/* fetchPriority="low": React would otherwise add a <link rel="preload"> for it. */}
      <img className="trampa" src={PQRSD_START_IMAGE} alt="" width={1} height={1} fetchPriority="low" />
      <button type="submit" className="boton">Enviar solicitud</button>
    </form>
  );
}
