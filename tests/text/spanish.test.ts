import { describe, expect, it } from "vitest";
import { agree, countNoun, singular } from "../../src/text/spanish.ts";

describe("Spanish agreement", () => {
  it("makes the plan's units singular after 1", () => {
    expect(countNoun(1, "capacitaciones")).toBe("1 capacitación");
    expect(countNoun(1, "convenios")).toBe("1 convenio");
    expect(countNoun(1, "talleres")).toBe("1 taller");
    expect(countNoun(1, "reuniones del comité")).toBe("1 reunión del comité");
    expect(countNoun(1, "veces")).toBe("1 vez");
    expect(countNoun(12, "reuniones")).toBe("12 reuniones");
    expect(countNoun(2.5, "publicaciones")).toBe("2,5 publicaciones");
  });

  it("knows the common endings and leaves alone what it cannot tell", () => {
    expect(singular("actividades")).toBe("actividad");
    expect(singular("padres")).toBe("padre");
    expect(singular("leyes")).toBe("ley");
    expect(singular("jornadas")).toBe("jornada");
    expect(singular("meses")).toBe("meses");
    expect(singular("clases")).toBe("clases");
    expect(singular("%")).toBe("%");
  });

  it("agrees with a feminine noun", () => {
    expect(agree("Derogado", true)).toBe("Derogada");
    expect(agree("expedidos", true)).toBe("expedidas");
    expect(agree("Expedido", false)).toBe("Expedido");
    expect(agree("Vigente", true)).toBe("Vigente");
  });
});
