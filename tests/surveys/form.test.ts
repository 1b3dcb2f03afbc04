/** A survey's FormDef comes from its definition, and the one validator checks answers against it. */
import { describe, expect, it } from "vitest";
import { constraintAttributes } from "../../src/forms/attributes.ts";
import { optionValue, surveyForm, surveyPhase, TEXT_MAX } from "../../src/forms/survey.ts";
import { validateForm } from "../../src/forms/validate.ts";
import { SURVEY } from "./helpers.ts";

const form = surveyForm(SURVEY);
const fields = form.sections[0]!.fields;

describe("la definición de una encuesta como formulario", () => {
  it("da un campo por pregunta, con el tipo de cada una", () => {
    expect(fields.map((f) => [f.name, f.kind])).toEqual([
      ["p_frecuencia", "radio"],
      ["p_utilidad", "radio"],
      ["p_temas", "checkboxes"],
      ["p_sugerencia", "textarea"],
    ]);
    const scale = fields[1]!;
    expect(scale.kind === "radio" && scale.options.map((o) => o.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(constraintAttributes(fields[3]!)).toMatchObject({ maxLength: TEXT_MAX });
    // «at least one» is the validator's: HTML's required on a checkbox would demand that very box.
    expect(constraintAttributes(fields[2]!)).toEqual({ type: "checkbox" });
  });

  it("da a las opciones valores sin tildes que no cambian si se reordenan", () => {
    expect(optionValue("Normativa: decretos y acuerdos")).toBe("normativa-decretos-y-acuerdos");
    expect(optionValue("Trámites y servicios")).toBe("tramites-y-servicios");
    const reordered = surveyForm({ ...SURVEY, questions: [{ ...SURVEY.questions[0]!, options: ["Cada semana", "Es la primera vez"] }] });
    const f = reordered.sections[0]!.fields[0]!;
    expect(f.kind === "radio" && f.options.map((o) => o.value).sort()).toEqual(["cada-semana", "es-la-primera-vez"]);
  });

  it("sabe si la encuesta está próxima, abierta o cerrada en hora de Bogotá", () => {
    expect(surveyPhase(SURVEY, Date.parse("2026-11-15T07:59:59-05:00"))).toBe("proxima");
    expect(surveyPhase(SURVEY, Date.parse("2026-11-15T08:00:00-05:00"))).toBe("abierta");
    expect(surveyPhase(SURVEY, Date.parse("2027-01-31T18:00:00-05:00"))).toBe("abierta");
    // 23:30 UTC is still the 31st in Bogotá, but after 18:00.
    expect(surveyPhase(SURVEY, Date.parse("2027-01-31T23:30:00Z"))).toBe("cerrada");
  });
});

describe("las respuestas", () => {
  it("acepta una respuesta completa y guarda las varias opciones marcadas en el orden de la pregunta", () => {
    const r = validateForm(form, { p_frecuencia: "cada-semana", p_utilidad: "4", p_temas: ["noticias-y-eventos", "tramites-y-servicios", "tramites-y-servicios"], p_sugerencia: "  Horarios  " });
    expect(r.errors).toEqual([]);
    expect(r.data).toEqual({ p_frecuencia: "cada-semana", p_utilidad: "4", p_sugerencia: "Horarios" });
    expect(r.choices).toEqual({ p_temas: ["tramites-y-servicios", "noticias-y-eventos"] });
  });

  it("pide las obligatorias con la pregunta en el mensaje", () => {
    const r = validateForm(form, {});
    expect(r.errors).toEqual([
      { field: "p_frecuencia", message: "Elija una respuesta para «¿Con qué frecuencia visita el portal?»" },
      { field: "p_utilidad", message: "Elija un número del 1 al 5 para «¿Qué tan útil le parece?»" },
    ]);
  });

  it("rechaza una opción que no existe, un 6 en la escala y un texto demasiado largo, diciendo qué hacer", () => {
    const r = validateForm(form, { p_frecuencia: "a-diario", p_utilidad: "6", p_temas: ["contratacion", "<script>"], p_sugerencia: "x".repeat(TEXT_MAX + 1) });
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e.message]));
    expect(byField.p_frecuencia).toMatch(/no es una de las opciones de esta encuesta\. Elija una de las opciones/);
    expect(byField.p_utilidad).toMatch(/debe ser un número del 1 al 5/);
    expect(byField.p_temas).toMatch(/no es una de las opciones/);
    expect(byField.p_sugerencia).toBe(`«¿Qué le gustaría encontrar?» puede tener como máximo ${TEXT_MAX} caracteres; tiene ${TEXT_MAX + 1}`);
  });

  it("una marca obligatoria de varias opciones pide al menos una", () => {
    const strict = surveyForm({ ...SURVEY, questions: [{ ...SURVEY.questions[2]!, required: true }] });
    expect(validateForm(strict, {}).errors[0]!.message).toBe("Marque al menos una respuesta para «¿Qué temas busca?»");
    expect(validateForm(strict, { p_temas: ["contratacion"] }).errors).toEqual([]);
  });
});
