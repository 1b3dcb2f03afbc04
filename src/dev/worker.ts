/**
 * The dev server's build process: a full build, then one incremental build per change in content/.
 * It reports to its parent (scripts/dev.ts), which serves the pages and reloads the browser.
 */
process.env.NODE_ENV ??= "production";
import type { ContentIssue } from "../content/errors.ts";
// The dev server is a preview: a scheduled or hidden entry has its page, marked as not published, so that
// «Ver publicación» in the local CMS does not lead to a 404 (PORTAL_PREVIEW=0 builds as the public site).
process.env.PORTAL_PREVIEW ??= "1";
const { watch } = await import("node:fs");
const path = await import("node:path");
const { DevSite } = await import("./site.ts");
const { EditorFacingError } = await import("../content/errors.ts");

export type WorkerMessage =
  | { type: "built"; written: string[]; removed: string[]; total: number; ms: number; full: boolean }
  | { type: "error"; message: string; issues?: ContentIssue[] }
  | { type: "indexed"; ms: number };

const send = (m: WorkerMessage) => process.send?.(m);
const [contentDir, outDir] = [process.env.PORTAL_CONTENT!, process.env.PORTAL_OUTPUT!];
const site = new DevSite(contentDir, outDir);

let running = false;
let again = false;

/** Files the watcher reported since the last build; undefined means "ask the disk about every file". */
let changed: Set<string> | undefined = new Set();

async function rebuild(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  const batch = changed;
  changed = new Set();
  try {
    const result = await site.build(batch);
    send({ type: "built", ...result });
    // Then one incremental build with nothing changed: it writes nothing, but the first real edit runs
    // code the JIT has already compiled (it was served in twice the time of the edits after it).
    if (result.full) await site.build(new Set());
    if (!result.full) {
      site.scheduleReindex(1500, (r) => send(r instanceof Error ? { type: "error", message: `No se pudo actualizar el índice de búsqueda: ${r.message}` } : { type: "indexed", ms: r }));
    }
  } catch (e) {
    changed = undefined; // after a failure, check every file again next time
    if (e instanceof EditorFacingError) send({ type: "error", message: e.message, issues: (e as { issues?: ContentIssue[] }).issues });
    else send({ type: "error", message: (e as Error).stack ?? String(e) });
  } finally {
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  }
}

await rebuild();
// Editors save a file, tools write it in bursts: wait for the burst to end.
let timer: NodeJS.Timeout | undefined;
watch(contentDir, { recursive: true }, (_event, name) => {
  if (name) changed?.add(path.join(contentDir, String(name)));
  else changed = undefined;
  clearTimeout(timer);
  timer = setTimeout(() => void rebuild(), 5);
});
