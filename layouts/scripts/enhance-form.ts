/**
 * A citizen form with JavaScript: the same checks as the server, before sending (src/forms/validate.ts,
 * bundled with the page's script), the same error summary and messages next to each field, the questions
 * that do not apply hidden, and one submission per click. Without it the form works the same, checked by
 * the server. Each form's script (pqrsd.ts, comentario.ts) calls `enhanceForm` with its definition.
 */
import type { FormDef } from "../../src/forms/definition.ts";
import { validateForm, type FileInfo, type SubmittedValues } from "../../src/forms/validate.ts";
import { focusFromSummary, showErrors } from "./form-errors.ts";

function valuesOf(f: HTMLFormElement): { values: Record<string, string>; files: FileInfo[] } {
  const data = new FormData(f);
  const values: Record<string, string> = {};
  const files: FileInfo[] = [];
  for (const [name, value] of data.entries()) {
    if (typeof value === "string") {
      if (!(name in values)) values[name] = value;
    } else if (value.name !== "" || value.size > 0) {
      files.push({ name: value.name, size: value.size, type: value.type });
    }
  }
  return { values, files };
}

/** Shows what applies: `data-si="campo=valor1|valor2"`, as the validator reads the same conditions. */
function applyConditions(f: HTMLFormElement): void {
  const { values } = valuesOf(f);
  for (const el of f.querySelectorAll<HTMLElement>("[data-si]")) {
    const [field, list] = el.dataset.si!.split("=");
    el.hidden = !(list ?? "").split("|").includes(values[field!] ?? "");
  }
}

export function enhanceForm(def: FormDef): void {
  const form = document.querySelector<HTMLFormElement>(`form[data-formulario="${def.id}"]`);
  if (!form) return;
  applyConditions(form);
  form.addEventListener("change", () => applyConditions(form));
  checkBeforeSending(form, def, () => valuesOf(form));
}

/**
 * On submit, the server's own checks (the summary and the messages if any fail), and one submission per
 * click. `read` gives what the form holds, as the validator takes it.
 */
export function checkBeforeSending(form: HTMLFormElement, def: FormDef, read: () => { values: SubmittedValues; files?: FileInfo[] }): void {
  // Our messages replace the browser's own bubbles, which speak the browser's language.
  form.noValidate = true;
  let sending = false;
  form.addEventListener("submit", (event) => {
    const { values, files } = read();
    const { errors } = validateForm(def, values, files);
    if (errors.length || sending) {
      event.preventDefault();
      if (errors.length) showErrors(form, def, errors);
      return;
    }
    sending = true;
    const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
    if (button) {
      button.setAttribute("aria-disabled", "true");
      button.textContent = "Enviando…";
    }
  });
  focusFromSummary(form);
}
