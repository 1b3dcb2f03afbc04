/**
 * A survey's form with JavaScript: the same checks as the server (the FormDef comes from the definition
 * the page carries as JSON, through the same function the server uses), the same error summary, and one
 * submission per click. Without it the form works the same, checked by the server.
 */
import { surveyForm, type SurveyDefinition } from "../../src/forms/survey.ts";
import { checkBeforeSending } from "./enhance-form.ts";

const form = document.querySelector<HTMLFormElement>("form[data-encuesta]");
const json = form?.dataset.definicion;

if (form && json) {
  const def = surveyForm(JSON.parse(json) as SurveyDefinition);
  checkBeforeSending(form, def, () => {
    const values: Record<string, string[]> = {};
    for (const [name, value] of new FormData(form).entries()) if (typeof value === "string") (values[name] ??= []).push(value);
    return { values };
  });
}
