import { anchorId } from "../../src/forms/attributes.ts";
import { allFields } from "../../src/forms/definition.ts";
import { questionField, surveyForm, type SurveyDefinition } from "../../src/forms/survey.ts";
import type { FieldError } from "../../src/forms/validate.ts";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { FormField } from "./FormField.tsx";

export const SURVEY_ACTION = "/api/participa/encuestas";
/** Its answer sets the cookie with the moment the form was opened and the nonce of this opening. */
export const SURVEY_START_IMAGE = "/api/participa/encuestas/inicio.gif";

export interface SurveyFormProps {
  definition: SurveyDefinition;
  values?: Record<string, string>;
  lists?: Record<string, string[]>;
  errors?: readonly FieldError[];
  general?: string;
}

/**
 * A survey's form, drawn from the FormDef its definition gives (src/forms/survey.ts). The definition
 * rides along as JSON in an attribute (the site has no inline script, not even a data block) for the
 * browser script; the function draws this form again
 * with the citizen's answers and errors.
 */
export function SurveyForm({ definition, values = {}, lists = {}, errors = [], general }: SurveyFormProps) {
  const form = surveyForm(definition);
  const hrefs = Object.fromEntries(allFields(form).map((f) => [f.name, anchorId(f)]));
  const errorOf = (name: string) => errors.find((e) => e.field === name)?.message;
  return (
    <form className="formulario" method="post" action={SURVEY_ACTION} data-formulario={form.id} data-encuesta={definition.id} data-definicion={JSON.stringify(definition)}>
      <ErrorSummary errors={errors} hrefs={hrefs} general={general} />
      <input type="hidden" name="encuesta" value={definition.id} />
      <p className="ayuda">
        La encuesta es anónima: no le pedimos su nombre ni otro dato personal, y le pedimos no escribirlos en las respuestas. Las preguntas marcadas
        como opcionales pueden quedar en blanco.
      </p>
      {form.sections[0]!.fields.map((field) => (
        <FormField
          key={field.name}
          field={{ ...field, label: field.required === true ? field.label : `${field.label} (opcional)` }}
          value={values[field.name]}
          ticked={lists[field.name]}
          error={errorOf(field.name)}
        />
      ))}
      <div className="trampa" aria-hidden="true">
        <label htmlFor="campo-trampa">{form.spam.honeypotLabel}</label>
        <input id="campo-trampa" name={form.spam.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <img className="trampa" src={`${SURVEY_START_IMAGE}?e=${definition.id}`} alt="" width={1} height={1} fetchPriority="low" />
      <button type="submit" className="boton">Enviar respuestas</button>
    </form>
  );
}

export const surveyFieldName = questionField;
