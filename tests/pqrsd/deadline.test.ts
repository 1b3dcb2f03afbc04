import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { addBusinessDays, deadlineFor, isBusinessDay } from "../../src/pqrsd/deadline.ts";

const bogota = (iso: string) => DateTime.fromISO(iso, { zone: "America/Bogota" });

describe("plazos en días hábiles colombianos", () => {
  it("festivos trasladados al lunes y los de Semana Santa no son hábiles", () => {
    expect(isBusinessDay(bogota("2026-01-12"))).toBe(false); // Reyes Magos, trasladado
    expect(isBusinessDay(bogota("2026-04-02"))).toBe(false); // Jueves Santo
    expect(isBusinessDay(bogota("2026-04-03"))).toBe(false); // Viernes Santo
    expect(isBusinessDay(bogota("2026-12-08"))).toBe(false); // Inmaculada Concepción
    expect(isBusinessDay(bogota("2026-12-07"))).toBe(true);
    expect(isBusinessDay(bogota("2026-12-05"))).toBe(false); // sábado
  });

  it("petición del miércoles 2 de diciembre de 2026: 15 días hábiles saltan el 8 de diciembre y vencen el 24", () => {
    const d = deadlineFor("peticion", bogota("2026-12-02T09:10"));
    expect(d.days).toBe(15);
    expect(d.due.toISODate()).toBe("2026-12-24");
  });

  it("solicitud de información: 10 días; consulta: 30 días", () => {
    expect(deadlineFor("solicitud_informacion", bogota("2026-12-02T09:10")).due.toISODate()).toBe("2026-12-17");
    // 30 días hábiles desde el 2 de diciembre: pasan el 8 y el 25 de diciembre, el 1 y el 11 de enero (Reyes, trasladado).
    expect(deadlineFor("consulta", bogota("2026-12-02T09:10")).due.toISODate()).toBe("2027-01-19");
  });

  it("una solicitud del sábado se entiende recibida el lunes", () => {
    const d = deadlineFor("peticion", bogota("2026-12-05T22:00"));
    expect(d.received.toISODate()).toBe("2026-12-07");
    expect(d.due.toISODate()).toBe(addBusinessDays(bogota("2026-12-07"), 15).toISODate());
  });

  it("las 23:30 en Bogotá son todavía ese día aunque en UTC ya sea el siguiente", () => {
    const d = deadlineFor("peticion", DateTime.fromISO("2026-12-03T04:30:00Z"));
    expect(d.received.toISODate()).toBe("2026-12-02");
  });
});
