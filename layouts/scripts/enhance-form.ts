/**
 * A citizen form with JavaScript: the same checks as the server, before sending (src/forms/validate.ts,
 * bundled with the page's script), the same error summary and messages next to each field, the questions
 * that do not apply hidden, and one submission per click. Without it the form works the same, checked by
 * the server. Each form's script (pqrsd.ts, comentario.ts) calls `enhanceForm` with its definition.
 */
import { anchorId, errorId, fieldId, hintId } from "../../src/forms/attributes.ts";
import { allFields, type FormDef } from "../../src/forms/definition.ts";
import { validateForm, type FieldError, type FileInfo } from "../../src/forms/validate.ts";


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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Draws the errors as the server's page would: summary first, then a message above each field. */
function showErrors(def: FormDef, f: HTMLFormElement, errors: FieldError[]): void {
  f.querySelector("[data-resumen-errores]")?.remove();
  for (const m of f.querySelectorAll(".mensaje-error")) m.remove();
  for (const g of f.querySelectorAll(".grupo-campo-error")) g.classList.remove("grupo-campo-error");
  for (const input of f.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id && !id.endsWith("-error"));
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
  }
  const base = document.title.replace(/^Error: /, "");
  document.title = errors.length ? `Error: ${base}` : base;
  if (!errors.length) return;
  const fields = allFields(def);
  const list = el("ul", {}, ...errors.map((e) => el("li", {}, el("a", { href: `#${anchorId(fields.find((x) => x.name === e.field)!)}` }, e.message))));
  const summary = el("div", { class: "resumen-errores", role: "alert", tabindex: "-1", "aria-labelledby": "resumen-errores-titulo", "data-resumen-errores": "" }, el("h2", { id: "resumen-errores-titulo" }, "Hay un problema"), list);
  f.prepend(summary);
  for (const e of errors) {
    const group = f.querySelector<HTMLElement>(`[data-campo="${e.field}"]`);
    if (!group) continue;
    group.classList.add("grupo-campo-error");
    const message = el("p", { id: errorId(e.field), class: "mensaje-error" }, el("span", { class: "visualmente-oculto" }, "Error: "), e.message);
    const hint = group.querySelector(`#${hintId(e.field)}`);
    const legend = group.querySelector("legend");
    if (hint) hint.after(message);
    else if (legend) legend.after(message);
    else group.querySelector("label.pregunta")?.after(message) ?? group.prepend(message);
    const input = group.querySelector<HTMLElement>(`#${fieldId(e.field)}`);
    const target = input ?? group.querySelector("fieldset");
    if (input) input.setAttribute("aria-invalid", "true");
    if (target) target.setAttribute("aria-describedby", [target.getAttribute("aria-describedby"), errorId(e.field)].filter(Boolean).join(" "));
  }
  summary.focus();
}

export function enhanceForm(def: FormDef): void {
  const form = document.querySelector<HTMLFormElement>(`form[data-formulario="${def.id}"]`);
  if (!form) return;
  // Our messages replace the browser's own bubbles, which speak the browser's language.
  form.noValidate = true;
  applyConditions(form);
  form.addEventListener("change", () => applyConditions(form));
  let sending = false;
  form.addEventListener("submit", (event) => {
    const { values, files } = valuesOf(form);
    const { errors } = validateForm(def, values, files);
    if (errors.length || sending) {
      event.preventDefault();
      if (errors.length) showErrors(def, form, errors);
      return;
    }
    sending = true;
    const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
    if (button) {
      button.setAttribute("aria-disabled", "true");
      button.textContent = "Enviando…";
    }
  });
  // Links of the summary move focus to the field, not only the scroll position (GOV.UK).
  form.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>(".resumen-errores a");
    const target = link && document.getElementById(link.hash.slice(1));
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus();
  });
}
