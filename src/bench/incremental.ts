/**
 * The dev server with all the bench's content: how long until an edit to one news item is served, and
 * how many files it rewrote.
 */
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const EDITS = 3;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface EditCost {
  /** Median of the edits. */
  ms: number;
  runs: number[];
  /** An edit made while the search index of the previous one is being rebuilt. */
  duringReindexMs: number;
  rewritten: number;
  total: number;
  files: string[];
  initialMs: number;
}

export async function measureIncrementalEdit(contentDir: string): Promise<EditCost> {
  const port = await freePort();
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), "portal-dev-")), "_site");
  const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/dev.ts")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PORTAL_CONTENT: contentDir, PORTAL_OUTPUT: outDir, PORTAL_DEV_REPORT: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const reports: { type: string; written?: string[]; total?: number; ms?: number }[] = [];
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  let buffer = "";
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      if (line.startsWith("{")) reports.push(JSON.parse(line));
    }
  });
  const waitFor = async (check: () => boolean, timeoutMs: number) => {
    const until = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > until) throw new Error("el servidor de desarrollo no respondió a tiempo");
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  try {
    await waitFor(() => reports.some((r) => r.type === "built"), 120_000);
    const initialMs = reports[0]!.ms ?? NaN;
    // Let the first search index finish so it does not compete with the edit.
    await new Promise((r) => setTimeout(r, 6000));
    const news = readdirSync(path.join(contentDir, "noticias")).filter((f) => f.includes("sintetica")).sort();
    let last: { written?: string[]; total?: number } | undefined;
    /** Appends a line to the i-th chosen entry; resolves with the time until its page serves it. */
    const edit = async (i: number): Promise<number> => {
      const target = news[Math.floor((news.length * (i + 1)) / (EDITS + 3))]!;
      const url = `http://127.0.0.1:${port}/noticias/${target.slice(0, -3)}/`;
      const marker = `Corrección publicada ${Date.now()}`;
      const before = reports.length;
      const started = performance.now();
      appendFileSync(path.join(contentDir, "noticias", target), `\n${marker}\n`);
      for (;;) {
        const res = await fetch(url).then((r) => r.text()).catch(() => "");
        if (res.includes(marker)) break;
        if (performance.now() - started > 30_000) {
          const said = reports.slice(before).map((r) => JSON.stringify(r).slice(0, 400)).join("\n") || "(nada)";
          throw new Error(`la edición de ${target} no llegó a servirse en 30 s; el servidor informó:\n${said}\n${errors.slice(-2000)}`);
        }
        await new Promise((r) => setTimeout(r, 5));
      }
      const ms = performance.now() - started;
      await waitFor(() => reports.slice(before).some((r) => r.type === "built"), 10_000);
      last = reports.slice(before).find((r) => r.type === "built")!;
      return ms;
    };
    const indexed = (from: number) => waitFor(() => reports.slice(from).some((r) => r.type === "indexed" || r.type === "error"), 120_000);
    // Each edit on a server at rest: the search re-index of the one before (it starts 1.5 s after an
    // edit and takes seconds at 4,000 pages) has finished.
    const runs: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const before = reports.length;
      runs.push(await edit(i));
      await indexed(before);
      await new Promise((r) => setTimeout(r, 500));
    }
    // And one made while that re-index runs, as when an editor saves twice in a row.
    const reindexFrom = reports.length;
    await edit(EDITS);
    await new Promise((r) => setTimeout(r, 2000));
    const duringReindexMs = await edit(EDITS + 1);
    await indexed(reindexFrom);
    const ms = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
    return { ms, runs, duringReindexMs, rewritten: last!.written!.length, total: last!.total!, files: last!.written!, initialMs };
  } finally {
    child.kill();
    rmSync(path.dirname(outDir), { recursive: true, force: true });
  }
}
