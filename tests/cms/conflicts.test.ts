/** The pieces of the admin that need no browser: the lost-update guard (src/cms/conflicts.ts) and the Git hosts' refusals (src/cms/host-errors.ts). */
import { describe, expect, it } from "vitest";
import { changedFields, conflictSummary, EntryConflict, OwnSaves, readEntryText, sameVersion, whenSaid } from "../../src/cms/conflicts.ts";
import { BOTH_CHANGED, CHANGED_WHILE_PUBLISHING, NOT_ALLOWED_TO_PUBLISH, publishMessage, signInMessage } from "../../src/cms/host-errors.ts";

const file = (title: string, summary: string, body = "Texto.\n") => `---\ntitle: ${title}\ndate: 2024-03-31T23:30\nsummary: ${summary}\ncategory: gobierno\n---\n${body}`;
const labels = { title: "Título", summary: "Resumen", date: "Fecha de publicación", category: "Categoría", body: "Texto" };

describe("the version an editor's form is based on", () => {
  it("is the opened text, carried through this session's own saves in order", () => {
    const saves = new OwnSaves();
    const path = "content/noticias/a.md";
    expect(saves.expected(path, "A")).toBe("A");
    saves.record(path, "A", "B");
    saves.record(path, "B", "C");
    // The form still holds A (Decap does not reload it after saving): the backend should hold C.
    expect(saves.expected(path, "A")).toBe("C");
    // Reloaded at B, the last save still follows.
    expect(saves.expected(path, "B")).toBe("C");
    // Back to where it started: A → B → A.
    saves.record(path, "C", "A");
    expect(saves.expected(path, "A")).toBe("A");
    // Another entry, and a version this session never wrote over, are left alone.
    expect(saves.expected("content/noticias/b.md", "A")).toBe("A");
    expect(saves.expected(path, "X")).toBe("X");
  });

  it("ignores line endings only", () => {
    expect(sameVersion("a\r\nb\n", "a\nb\n")).toBe(true);
    expect(sameVersion("a\n", "a \n")).toBe(false);
    expect(sameVersion(null, null)).toBe(true);
    expect(sameVersion(null, "")).toBe(false);
  });
});

describe("what the editor is told", () => {
  it("says who changed the entry and when, in Bogota's time, with no class name in Decap's toast", () => {
    const e = new EntryConflict({ path: "content/noticias/a.md", author: "Ana Pérez", date: "2024-04-02T15:32:00Z", draft: true });
    expect(String(e).replace(/\s/g, " ")).toBe(
      "otra persona guardó un cambio en el borrador de esta entrada después de que usted la abrió (lo hizo Ana Pérez el 2 de abril de 2024, 10:32 a. m.). Para no borrar su trabajo, no se guardó el suyo: vea abajo qué hacer.",
    );
    expect(conflictSummary({ path: "x", deleted: true })).toBe("alguien borró esta entrada después de que usted la abrió. Sus cambios no se guardaron.");
    expect(conflictSummary({ path: "x", created: true, author: "Luis" })).toMatch(/^ya existe una entrada con este nombre: alguien la creó mientras usted escribía la suya \(lo hizo Luis\)\. Cambie el título/);
    expect(whenSaid("no es una fecha")).toBeUndefined();
  });

  it("lists the fields the editor changed, with their values to copy back", () => {
    const opened = file("Cierre de mes", "Resumen viejo.");
    const mine = { ...readEntryText(opened).data, title: "Cierre de marzo", body: "Texto nuevo.\n\nCon dos párrafos.\n" };
    expect(changedFields(opened, mine, labels)).toEqual([
      { key: "title", label: "Título", value: "Cierre de marzo" },
      { key: "body", label: "Texto", value: "Texto nuevo.\n\nCon dos párrafos.\n" },
    ]);
    // Dates stay text, as the form holds them: nothing changed, nothing listed.
    expect(readEntryText(opened).data.date).toBe("2024-03-31T23:30");
    expect(changedFields(opened, { ...readEntryText(opened).data, body: "Texto.\n" }, labels)).toEqual([]);
    // A new entry: everything the editor wrote.
    expect(changedFields(null, { title: "Nueva", hidden: true }, labels).map((c) => [c.label, c.value])).toEqual([
      ["Título", "Nueva"],
      ["hidden", "Sí"],
    ]);
  });
});

describe("the Git host's refusals, in Spanish", () => {
  it("says why GitHub or GitLab would not merge a draft, and what to do", () => {
    // GitHub: 405 for a protected branch or a missing approval, «not mergeable» for both sides changed.
    expect(publishMessage(405, "At least 1 approving review is required by reviewers with write access.")).toBe(NOT_ALLOWED_TO_PUBLISH);
    expect(publishMessage(405, "protected branch: review required")).toBe(NOT_ALLOWED_TO_PUBLISH);
    expect(publishMessage(405, "not mergeable: conflict")).toBe(BOTH_CHANGED);
    expect(publishMessage(409, "Head branch was modified. Review and try the merge again.")).toBe(CHANGED_WHILE_PUBLISHING);
    // GitLab: 406 when it cannot merge, 401/403 without the right role.
    expect(publishMessage(406, "Branch cannot be merged")).toBe(BOTH_CHANGED);
    expect(publishMessage(403, "403 Forbidden")).toBe(NOT_ALLOWED_TO_PUBLISH);
  });

  it("turns Decap's English on the way in into what the official can do", () => {
    expect(signInMessage("Your GitHub user account does not have access to this repo.", "alcaldia-palmar/portal", "GitHub")).toBe(
      "Su cuenta de GitHub no tiene permiso de escritura en «alcaldia-palmar/portal». Pida a quien administra el repositorio que la agregue (README, «Dar acceso a un funcionario») y vuelva a entrar.",
    );
    expect(signInMessage('Repo "x/y" not found.\n\nPlease ensure…', "x/y", "GitLab")).toMatch(/^No se encontró el repositorio «x\/y» en GitLab/);
    expect(signInMessage("Bad credentials", "x/y", "GitHub")).toBe("GitHub no aceptó su inicio de sesión (la sesión venció o se revocó). Vuelva a entrar.");
  });
});
