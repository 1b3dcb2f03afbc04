import { describe, expect, it } from "vitest";
import { authenticate, hashPassword, parseStaff, verifyPassword } from "../../src/pqrsd/auth.ts";
import { csvCell, toCsv } from "../../src/pqrsd/csv.ts";
import { handleStaff } from "../../src/functions/pqrsd-staff.ts";
import type { BlobStore } from "../../src/pqrsd/store.ts";

/** A store that fails the test if anything reads it: without credentials nothing may be read. */
const untouchable = new Proxy({} as BlobStore, {
  get: (_t, name) => () => {
    throw new Error(`la tienda se leyó (${String(name)}) sin credenciales`);
  },
});

describe("credenciales del personal", () => {
  it("la huella scrypt verifica la contraseña correcta y solo esa", () => {
    const stored = hashPassword("contraseña larga ñ");
    expect(verifyPassword("contraseña larga ñ", stored)).toBe(true);
    expect(verifyPassword("contraseña larga n", stored)).toBe(false);
    expect(verifyPassword("x", "texto-plano")).toBe(false);
  });

  it("PQRSD_PERSONAL acepta varias personas", () => {
    const staff = parseStaff(`ana:${hashPassword("a".repeat(12))} luis:${hashPassword("b".repeat(12))}`);
    expect([...staff.keys()]).toEqual(["ana", "luis"]);
    const req = (u: string, p: string) => new Request("https://x/api/pqrsd/personal/", { headers: { authorization: `Basic ${btoa(`${u}:${p}`)}` } });
    expect(authenticate(req("luis", "b".repeat(12)), staff)).toEqual({ ok: true, user: "luis" });
    expect(authenticate(req("luis", "a".repeat(12)), staff)).toEqual({ ok: false, reason: "wrong" });
  });

  it("sin PQRSD_PERSONAL el área responde 503 y no lee nada", async () => {
    const res = await handleStaff(new Request("https://x/api/pqrsd/personal/"), { store: untouchable, env: {} });
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/PQRSD_PERSONAL/);
  });

  it("sin credenciales responde 401 y no lee nada", async () => {
    const env = { PQRSD_PERSONAL: `ana:${hashPassword("c".repeat(12))}` };
    for (const p of ["/api/pqrsd/personal/", "/api/pqrsd/personal/pqrsd-2026.csv", "/api/pqrsd/personal/2026-000001/adjuntos/1"]) {
      const res = await handleStaff(new Request(`https://x${p}`), { store: untouchable, env });
      expect(res.status).toBe(401);
    }
  });
});

describe("CSV", () => {
  it("una celda que empieza como fórmula no se ejecuta en la hoja de cálculo", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+57 300")).toBe("'+57 300");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("texto, con coma")).toBe('"texto, con coma"');
  });

  it("lleva BOM y fin de línea CRLF", () => {
    expect(toCsv(["a", "b"], [["1", "2"]])).toBe("\uFEFFa,b\r\n1,2\r\n");
  });
});
