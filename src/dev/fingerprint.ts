/**
 * What the dev server compares to decide whether a file must be written again: a route's props, as text.
 * Entries count by their file's hash (an entry is a function of its file and the site's identity).
 */
import { createHash } from "node:crypto";
import { DateTime } from "luxon";

function isEntry(value: object): value is { collection: string; id: string; hash: string; file: string } {
  const v = value as { hash?: unknown; collection?: unknown; id?: unknown };
  return typeof v.hash === "string" && typeof v.collection === "string" && typeof v.id === "string";
}

/**
 * What a page shows, as text: entries by identity and file hash, dates by their instant, the rest as
 * JSON would write it. Not JSON.stringify: it calls luxon's toJSON (toISO) on every date first, and
 * the site map alone holds thousands; that was most of an edit's rebuild.
 */
function stamp(value: unknown, out: string[], depth = 0): void {
  if (depth > 64) throw new Error("props: estructura demasiado profunda o circular");
  if (typeof value === "string") {
    out.push(`${value.length}"`, value);
    return;
  }
  if (value === null || typeof value !== "object") {
    out.push(typeof value === "function" ? "f" : String(value));
    return;
  }
  if (DateTime.isDateTime(value)) {
    out.push(`@${value.toMillis()}`);
    return;
  }
  if (isEntry(value)) {
    out.push(`${value.collection}/${value.id}@${value.hash}`);
    return;
  }
  if (Array.isArray(value)) {
    out.push("[");
    for (const item of value) {
      stamp(item, out, depth + 1);
      out.push(",");
    }
    out.push("]");
    return;
  }
  out.push("{");
  for (const [key, item] of Object.entries(value)) {
    out.push(key, ":");
    stamp(item, out, depth + 1);
    out.push(",");
  }
  out.push("}");
}

export function fingerprint(chrome: string, props: unknown): string {
  const out: string[] = [chrome];
  stamp(props, out);
  const text = out.join("");
  // Most pages show one entry: their text is shorter than a digest would make worth computing.
  return text.length <= 256 ? text : createHash("sha1").update(text).digest("hex");
}


/** The content files of the entries a route's props hold, at any depth. */
export function entryFiles(props: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 64 || props === null || typeof props !== "object" || DateTime.isDateTime(props)) return out;
  if (isEntry(props)) {
    out.add(props.file);
    return out;
  }
  for (const value of Array.isArray(props) ? props : Object.values(props)) entryFiles(value, out, depth + 1);
  return out;
}

/** Whether a route's props hold an entry of one of these files; stops at the first. */
export function showsAny(props: unknown, files: ReadonlySet<string>, depth = 0): boolean {
  if (depth > 64 || props === null || typeof props !== "object" || DateTime.isDateTime(props)) return false;
  if (isEntry(props)) return files.has(props.file);
  for (const value of Array.isArray(props) ? props : Object.values(props)) if (showsAny(value, files, depth + 1)) return true;
  return false;
}
