import type { FieldError } from "../../src/forms/validate.ts";

/**
 * GOV.UK's error summary: first thing in the form, focused when shown, one link per problem to its field.
 * `hrefs` maps a field name to the id its link goes to. The browser script draws the same markup.
 */
export function ErrorSummary({ errors, hrefs, general }: { errors: readonly FieldError[]; hrefs: Record<string, string>; general?: string }) {
  if (!errors.length && !general) return null;
  return (
    <div className="resumen-errores" role="alert" tabIndex={-1} aria-labelledby="resumen-errores-titulo" data-resumen-errores="">
      <h2 id="resumen-errores-titulo">Hay un problema</h2>
      {general && <p>{general}</p>}
      {errors.length > 0 && (
        <ul>
          {errors.map((e) => (
            <li key={e.field}>
              <a href={`#${hrefs[e.field] ?? ""}`}>{e.message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
