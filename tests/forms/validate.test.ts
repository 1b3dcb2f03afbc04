import { describe, expect, it } from "vitest";
import { constraintAttributes } from "../../src/forms/attributes.ts";
import { allFields } from "../../src/forms/definition.ts";
import { PQRSD_FORM } from "../../src/forms/pqrsd.ts";
import { patternRegExp, validateForm } from "../../src/forms/validate.ts";
import { CASES, VALID } from "./cases.ts";

describe("validador del formulario PQRSD", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { errors } = validateForm(PQRSD_FORM, c.values, c.files ?? []);
      expect(errors.map((e) => e.field).sort()).toEqual([...c.errors].sort());
      // Every message is Spanish prose that says what to do, never a code.
      for (const e of errors) expect(e.message).toMatch(/^[A-ZÁÉÍÓÚ«]/);
    });
  }

  it("dice el límite de los adjuntos y el canal alternativo", () => {
    const { errors } = validateForm(PQRSD_FORM, VALID, [{ name: "grande.pdf", size: 5 * 1024 * 1024, type: "application/pdf" }]);
    expect(errors[0]!.message).toContain("4 MB");
    expect(errors[0]!.message).toMatch(/correo institucional|ventanilla/);
  });

  it("una solicitud anónima no guarda los datos personales que se hayan escrito", () => {
    const { data } = validateForm(PQRSD_FORM, { ...VALID, identificacion: "anonimo" });
    expect(data.numero_documento).toBeUndefined();
    expect(data.nombres).toBeUndefined();
    expect(data.correo).toBeUndefined();
  });

  it("guarda el texto tal como se escribió (sin caracteres de control), no como marcado", () => {
    const { data } = validateForm(PQRSD_FORM, { ...VALID, descripcion: "<b>hola</b>\u0000 mundo, texto largo de prueba\r\n" });
    expect(data.descripcion).toBe("<b>hola</b> mundo, texto largo de prueba");
  });

  it("los patrones valen igual con la bandera v del navegador", () => {
    for (const f of allFields(PQRSD_FORM)) {
      const attrs = constraintAttributes(f);
      if (attrs.pattern) expect(() => patternRegExp(attrs.pattern!)).not.toThrow();
      if ("patternBy" in f && f.patternBy) for (const p of Object.values(f.patternBy.patterns)) expect(() => patternRegExp(p.pattern)).not.toThrow();
    }
  });

  it("los atributos HTML salen de la definición: obligatorios solo los que siempre lo son", () => {
    const required = allFields(PQRSD_FORM).filter((f) => constraintAttributes(f).required).map((f) => f.name);
    expect(required.sort()).toEqual(["acepta_tratamiento", "asunto", "descripcion", "identificacion", "tipo"]);
    const file = allFields(PQRSD_FORM).find((f) => f.kind === "file")!;
    expect(constraintAttributes(file).accept).toContain(".pdf");
    expect(constraintAttributes(allFields(PQRSD_FORM).find((f) => f.name === "descripcion")!).maxLength).toBe(5000);
  });
});
