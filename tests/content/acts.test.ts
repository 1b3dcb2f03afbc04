import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { actState } from "../../src/content/acts.ts";
import { parseContentDate } from "../../src/dates/index.ts";
import type { ActEntry } from "../../src/content/types.ts";

const at = (iso: string) => DateTime.fromISO(iso, { zone: "America/Bogota" });
function act(data: Record<string, unknown>): ActEntry {
  return { data: { type: "acuerdo", status: "vigente", ...data } } as unknown as ActEntry;
}

describe("actState", () => {
  const parsed = parseContentDate("2009-12-31");
  if (!parsed.ok) throw new Error(parsed.reason);
  const until = parsed.value;
  it("keeps an act in force through the whole of its last day, in Bogota", () => {
    expect(actState(act({ valid_until: until }), at("2009-12-31T23:59"))).toEqual({ value: "vigente", label: "Vigente" });
    expect(actState(act({ valid_until: until }), at("2010-01-01T00:00"))).toEqual({ value: "cumplido", label: "Vigencia cumplida" });
  });
  it("leaves a repealed act repealed, in the act's gender", () => {
    expect(actState(act({ type: "resolucion", status: "derogado", valid_until: until }), at("2020-01-01"))).toEqual({ value: "derogado", label: "Derogada" });
  });
  it("gives an acta no state while it stands", () => {
    expect(actState(act({ type: "acta" }), at("2020-01-01"))).toBeUndefined();
  });
});
