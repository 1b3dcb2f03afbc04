import type { ReactNode } from "react";
import type { FormDef } from "../../src/forms/definition.ts";
import type { FieldError } from "../../src/forms/validate.ts";
import { FormField, whenAttribute } from "./FormField.tsx";

export interface FormSectionsProps {
  def: FormDef;
  values?: Record<string, string>;
  errors?: readonly FieldError[];
  /** What a section shows before its fields (the privacy notice above the consent). */
  before?: (sectionId: string) => ReactNode;
  /** A message for a field the validator did not flag (a file the browser dropped). */
  note?: (fieldName: string) => string | undefined;
}

/** A citizen form's fieldsets, drawn from its definition: one per section, with the honeypot after them. */
export function FormSections({ def, values = {}, errors = [], before, note }: FormSectionsProps) {
  const errorOf = (name: string) => errors.find((e) => e.field === name)?.message ?? note?.(name);
  return (
    <>
      {def.sections.map((section) => (
        <fieldset key={section.id} className="seccion" id={`seccion-${section.id}`} {...whenAttribute(section.shownWhen)}>
          <legend>{section.legend}</legend>
          {section.hint && <p className="ayuda">{section.hint}</p>}
          {before?.(section.id)}
          {section.fields.map((field) => (
            <FormField key={field.name} field={field} value={values[field.name]} error={errorOf(field.name)} />
          ))}
        </fieldset>
      ))}
      <div className="trampa" aria-hidden="true">
        <label htmlFor="campo-trampa">{def.spam.honeypotLabel}</label>
        <input id="campo-trampa" name={def.spam.honeypot} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
