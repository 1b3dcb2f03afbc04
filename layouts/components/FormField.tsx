import { anchorId, constraintAttributes, errorId, fieldId, hintId, optionId } from "../../src/forms/attributes.ts";
import type { FieldDef, When } from "../../src/forms/definition.ts";

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

function ErrorMessage({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(name)} className="mensaje-error">
      <span className="visualmente-oculto">Error: </span>
      {message}
    </p>
  );
}

/** The condition a field or section depends on, for the browser script to show or hide it. */
export const whenAttribute = (when: When | undefined) => (when ? { "data-si": `${when.field}=${when.in.join("|")}` } : {});

/** One field of a citizen form, from its definition: label, hint, error next to it, constraints. */
export function FormField({ field, value, ticked = [], error }: { field: FieldDef; value?: string; ticked?: readonly string[]; error?: string }) {
  const id = fieldId(field.name);
  const attrs = constraintAttributes(field);
  const hint = field.hint && <div id={hintId(field.name)} className="ayuda">{field.hint}</div>;
  const group = `grupo-campo${error ? " grupo-campo-error" : ""}`;
  const aria = { "aria-describedby": describedBy(field.hint && hintId(field.name), error && errorId(field.name)), ...(error ? { "aria-invalid": true } : {}) };

  if (field.kind === "radio" || field.kind === "checkboxes") {
    return (
      <div className={group} {...whenAttribute(field.shownWhen)} data-campo={field.name}>
        <fieldset aria-describedby={aria["aria-describedby"]}>
          <legend className="pregunta">{field.label}</legend>
          {hint}
          <ErrorMessage name={field.name} message={error} />
          <div className="opciones">
            {field.options.map((o) => (
              <div className="opcion" key={o.value}>
                <input
                  id={optionId(field.name, o.value)}
                  name={field.name}
                  value={o.value}
                  defaultChecked={field.kind === "radio" ? value === o.value : ticked.includes(o.value)}
                  aria-describedby={o.hint ? `${optionId(field.name, o.value)}-ayuda` : undefined}
                  {...attrs}
                />
                <label htmlFor={optionId(field.name, o.value)}>{o.label}</label>
                {o.hint && <div id={`${optionId(field.name, o.value)}-ayuda`} className="ayuda ayuda-opcion">{o.hint}</div>}
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }
  if (field.kind === "checkbox") {
    return (
      <div className={group} {...whenAttribute(field.shownWhen)} data-campo={field.name}>
        <ErrorMessage name={field.name} message={error} />
        <div className="opcion">
          <input id={id} name={field.name} value={field.value} defaultChecked={value === field.value} {...attrs} {...aria} />
          <label htmlFor={id}>{field.label}</label>
          {hint}
        </div>
      </div>
    );
  }
  const label = <label htmlFor={anchorId(field)} className="pregunta">{field.label}</label>;
  let control;
  if (field.kind === "select") {
    control = (
      <select id={id} name={field.name} defaultValue={value ?? ""} {...attrs} {...aria}>
        <option value="">Elija una opción</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    );
  } else if (field.kind === "textarea") {
    control = <textarea id={id} name={field.name} rows={"rows" in field && field.rows ? field.rows : 8} defaultValue={value ?? ""} {...attrs} {...aria} />;
  } else if (field.kind === "file") {
    control = <input id={id} name={field.name} {...attrs} {...aria} />;
  } else {
    const width = "width" in field && field.width ? ` ancho-${field.width}` : "";
    control = <input id={id} name={field.name} defaultValue={value ?? ""} className={`entrada${width}`} spellCheck={field.kind === "text" && !field.autocomplete ? undefined : false} {...attrs} {...aria} />;
  }
  return (
    <div className={group} {...whenAttribute(field.shownWhen)} data-campo={field.name}>
      {label}
      {hint}
      <ErrorMessage name={field.name} message={error} />
      {control}
    </div>
  );
}
