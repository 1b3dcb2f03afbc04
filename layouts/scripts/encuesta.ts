/**
 * A survey's form with JavaScript: the same checks as the server (the FormDef comes from the definition
 * the page carries as JSON, through the same function the server uses), the same error summary, and one
 * submission per click. Without it the form works the same, checked by the server.
 */
import { surveyForm, type SurveyDefinition } from "../../src/forms/survey.ts";
import { validateForm } from "../../src/forms/validate.ts";
import { focusFromSummary, showErrors } from "./form-errors.ts";

const form = document.querySelector<HTMLFormElement>("form[data-encuesta]");
const json = form?.dataset.definicion;

if (form && json) {
  const def = surveyForm(JSON.parse(json) as SurveyDefinition);
  form.noValidate = true;
  let sending = false;
  form.addEventListener("submit", (event) => {
    const values: Record<string, string[]> = {};
    for (const [name, value] of new FormData(form).entries()) if (typeof value === "string") (values[name] ??= []).push(value);
    const { errors } = validateForm(def, values);
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
