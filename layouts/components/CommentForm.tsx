import { anchorId } from "../../src/forms/attributes.ts";
import { COMMENT_FORM } from "../../src/forms/comment.ts";
import { allFields } from "../../src/forms/definition.ts";
import type { FieldError } from "../../src/forms/validate.ts";
import type { ChannelContact } from "./channel.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { FormSections } from "./FormSections.tsx";
import { PrivacyNotice } from "./PrivacyNotice.tsx";

export const COMMENT_ACTION = "/api/participa/comentarios";
/** A 1×1 image whose answer sets the cookie with the moment the form was opened (spam check), as the PQRSD form does. */
export const COMMENT_START_IMAGE = "/api/participa/comentarios/inicio.gif";

const HREFS = Object.fromEntries(allFields(COMMENT_FORM).map((f) => [f.name, anchorId(f)]));

const USES =
  "Los usa solo para responder su comentario y, si usted lo autoriza, para nombrarle en la matriz pública de comentarios y respuestas. No los publica de otro modo ni los entrega a terceros.";

export interface CommentFormProps {
  draftId: string;
  contact: ChannelContact;
  values?: Record<string, string>;
  errors?: readonly FieldError[];
  /** A problem with the whole submission: spam check, window closed, storage failure, flood. */
  general?: string;
}

/** The comment form of a draft rule; the Netlify Function draws it again with the citizen's values and errors. */
export function CommentForm({ draftId, contact, values = {}, errors = [], general }: CommentFormProps) {
  return (
    <form className="formulario" method="post" action={COMMENT_ACTION} data-formulario={COMMENT_FORM.id}>
      <ErrorSummary errors={errors} hrefs={HREFS} general={general} />
      <input type="hidden" name="proyecto" value={draftId} />
      <FormSections def={COMMENT_FORM} values={values} errors={errors} before={(id) => id === "autorizacion" && <PrivacyNotice contact={contact} uses={USES} />} />
      <img className="trampa" src={COMMENT_START_IMAGE} alt="" width={1} height={1} fetchPriority="low" />
      <button type="submit" className="boton">Enviar comentario</button>
    </form>
  );
}
