import { anchorId } from "../../src/forms/attributes.ts";
import { allFields } from "../../src/forms/definition.ts";
import { FEEDBACK_FORM } from "../../src/forms/feedback.ts";
import type { FieldError } from "../../src/forms/validate.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { FormField } from "./FormField.tsx";

export const FEEDBACK_ACTION = "/api/participa/utilidad";
export const FEEDBACK_THANKS = "/api/participa/utilidad/gracias";
/** Where the page scrolls after sending: the function's answer is the same page, this block changed. */
export const FEEDBACK_ANCHOR = "utilidad";
/** The function replaces what lies between `<template id="utilidad-inicio">` and `…-fin` (src/functions/feedback.ts). */
export const FEEDBACK_SLOT = "utilidad";
const PQRSD_FORM_URL = "/atencion-al-ciudadano/pqrsd/";

const HREFS = Object.fromEntries(allFields(FEEDBACK_FORM).map((f) => [f.name, anchorId(f)]));

export interface FeedbackFormProps {
  /** The page's own path: what the vote is about. */
  page: string;
  values?: Record<string, string>;
  errors?: readonly FieldError[];
  general?: string;
}

/**
 * The form itself: a plain POST that needs no JavaScript, no cookie and no outside request. `noValidate`:
 * the server's messages, in Spanish and in an error summary, rather than the browser's bubbles.
 */
export function FeedbackForm({ page, values = {}, errors = [], general }: FeedbackFormProps) {
  const errorOf = (name: string) => errors.find((e) => e.field === name)?.message;
  const { spam } = FEEDBACK_FORM;
  return (
    <form className="formulario utilidad-formulario" method="post" action={`${FEEDBACK_ACTION}#${FEEDBACK_ANCHOR}`} noValidate data-utilidad="">
      <ErrorSummary errors={errors} hrefs={HREFS} general={general} />
      <input type="hidden" name="pagina" defaultValue={page} />
      {allFields(FEEDBACK_FORM).map((field) => (
        <FormField key={field.name} field={field} value={values[field.name]} error={errorOf(field.name)} />
      ))}
      <div className="trampa" aria-hidden="true">
        <label htmlFor="utilidad-trampa">{spam.honeypotLabel}</label>
        <input id="utilidad-trampa" name={spam.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <button type="submit" className="boton">Enviar respuesta</button>
    </form>
  );
}

/** What replaces the form once the view has answered: it cannot answer twice by accident. */
export function FeedbackThanks() {
  return (
    <div className="utilidad-gracias" role="status">
      <h2>Gracias por su respuesta</h2>
      <p>
        Quedó registrada y nos ayuda a mejorar el portal. Si necesita que la Alcaldía le responda, presente una <a href={PQRSD_FORM_URL}>petición, queja, reclamo, sugerencia o denuncia (PQRSD)</a>.
      </p>
    </div>
  );
}

/** «¿Le fue útil esta página?» at the foot of a content page. */
export function PageFeedback({ page }: { page: string }) {
  return (
    <section className="utilidad no-imprimir" id={FEEDBACK_ANCHOR} aria-label="Su opinión sobre esta página">
      <template id="utilidad-inicio"></template>
      <FeedbackForm page={page} />
      <template id="utilidad-fin"></template>
    </section>
  );
}
