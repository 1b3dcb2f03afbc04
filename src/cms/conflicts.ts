/**
 * No silent lost update. Decap saves whole files: an editor who opened an entry before someone else saved
 * it would put the old values back. The admin (admin/conflicts.ts) remembers the text each form was built
 * from and, before saving, compares it with the text the backend holds now; when they differ, the save is
 * refused with an EntryConflict that says who changed the entry and what to do. These are the pieces that
 * need no browser: the comparison, the memory of this session's own saves, and the words.
 */
import { DateTime } from "luxon";
import yaml from "js-yaml";
import { formatLongDateTime, ZONE } from "../dates/index.ts";

/** Two texts are the same version when only their line endings differ. */
export function sameVersion(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return a.replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");
}

/**
 * What this browser session wrote, path by path, in order. A form keeps the text it was opened with after
 * it saves (Decap does not reload it), so the version to expect is that text carried through our own
 * saves: opened A, saved B, saved C means the backend should hold C.
 */
export class OwnSaves {
  #writes = new Map<string, { from: string | null; to: string }[]>();

  record(path: string, from: string | null, to: string): void {
    this.#writes.set(path, [...(this.#writes.get(path) ?? []), { from, to }]);
  }

  expected(path: string, opened: string | null): string | null {
    let version = opened;
    for (const w of this.#writes.get(path) ?? []) if (sameVersion(w.from, version)) version = w.to;
    return version;
  }
}

export interface ConflictInfo {
  /** The entry's file, as the CMS names it (content/noticias/….md). */
  path: string;
  /** Who saved the version the editor did not see, and when (ISO), when the backend can tell. */
  author?: string;
  date?: string;
  /** The entry was deleted, or created by someone else under the same name. */
  deleted?: boolean;
  created?: boolean;
  /** The other version is a draft under review, not the published entry. */
  draft?: boolean;
}

/** «el 2 de abril de 2024, 10:32 a. m.», in Bogota. */
export function whenSaid(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const dt = DateTime.fromISO(iso, { setZone: true });
  if (!dt.isValid) return undefined;
  return `el ${formatLongDateTime({ raw: iso, dateOnly: false, dt: dt.setZone(ZONE) })}`;
}

/** The sentence the toast shows and the panel starts with. */
export function conflictSummary(info: ConflictInfo): string {
  const who = info.author ? ` (${[`lo hizo ${info.author}`, whenSaid(info.date)].filter(Boolean).join(" ")})` : "";
  if (info.created) return `ya existe una entrada con este nombre: alguien la creó mientras usted escribía la suya${who}. Cambie el título o la fecha y guarde de nuevo.`;
  if (info.deleted) return `alguien borró esta entrada después de que usted la abrió${who}. Sus cambios no se guardaron.`;
  const what = info.draft ? "guardó un cambio en el borrador de esta entrada" : "cambió esta entrada";
  return `otra persona ${what} después de que usted la abrió${who}. Para no borrar su trabajo, no se guardó el suyo: vea abajo qué hacer.`;
}

/** A save refused because the entry changed since the editor opened it. */
export class EntryConflict extends Error {
  constructor(readonly info: ConflictInfo) {
    super(conflictSummary(info));
    // Decap prints the error inside its toast: «No se guardó la entrada: otra persona…», no class name.
    this.name = "";
  }
}

/** The front matter and body of an entry file, as Decap writes it (`---` YAML `---` Markdown). */
export function readEntryText(raw: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
  if (!m) return { data: {}, body: raw };
  let data: unknown;
  try {
    // Dates stay the text they are, as Decap's form holds them.
    data = yaml.load(m[1]!, { schema: yaml.JSON_SCHEMA });
  } catch {
    data = {};
  }
  return { data: data && typeof data === "object" ? (data as Record<string, unknown>) : {}, body: m[2]! };
}

export interface ChangedField {
  key: string;
  label: string;
  /** The editor's value, as text they can copy back into the form. */
  value: string;
}

const isBlank = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

function asText(v: unknown): string {
  if (isBlank(v)) return "(vacío)";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "Sí" : "No";
  if (typeof v === "number") return String(v);
  return yaml.dump(v, { schema: yaml.JSON_SCHEMA, lineWidth: -1 }).trim();
}

function same(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What the editor changed in the form since opening it: their values, to copy back after loading the
 * current version. `labels` names fields as the form does; the body is «body».
 */
export function changedFields(openedRaw: string | null, mine: Record<string, unknown>, labels: Record<string, string>): ChangedField[] {
  const opened = openedRaw === null ? { data: {}, body: "" } : readEntryText(openedRaw);
  const before: Record<string, unknown> = { ...opened.data, body: opened.body };
  const keys = [...new Set([...Object.keys(labels), ...Object.keys(mine)])];
  return keys
    .filter((k) => k in mine || k in before)
    .filter((k) => !same(mine[k], before[k]))
    .map((k) => ({ key: k, label: labels[k] ?? k, value: asText(mine[k]) }));
}
