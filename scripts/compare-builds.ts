/**
 * `npm run compare-builds -- <git ref> [content folder]`: builds the site with the code of <ref> and with
 * the working tree's code, over the same content and at the same moment (PORTAL_NOW), and lists every
 * output file that differs. A refactor that should change nothing must print «idénticos».
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [ref, contentArg] = process.argv.slice(2);
if (!ref) {
  console.error("Uso: npm run compare-builds -- <commit o rama> [carpeta de contenido]");
  process.exit(2);
}
const content = path.resolve(contentArg ?? path.join(ROOT, "content"));
const now = process.env.PORTAL_NOW ?? "2026-12-02T10:00";
const ADMIN_BUNDLE = "admin/cms.js";
const work = mkdtempSync(path.join(tmpdir(), "portal-comparar-"));

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): void {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} falló en ${cwd}:\n${r.stderr || r.stdout}`);
}

function files(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

/** The first line where two texts part, with a little context, so a difference can be read at once. */
function firstDifference(a: string, b: string): string {
  const la = a.split("\n");
  const lb = b.split("\n");
  const i = la.findIndex((line, n) => line !== lb[n]);
  const at = i === -1 ? la.length : i;
  const clip = (s: string | undefined) => (s ?? "(fin del archivo)").slice(0, 240);
  return `    línea ${at + 1}\n    - ${clip(la[at])}\n    + ${clip(lb[at])}`;
}

try {
  const before = path.join(work, "antes");
  run("git", ["worktree", "add", "--detach", before, ref], ROOT);
  // The same installed packages: only the code differs.
  symlinkSync(path.join(ROOT, "node_modules"), path.join(before, "node_modules"));
  const env = { PORTAL_NOW: now, PORTAL_CONTENT: content };
  run(process.execPath, ["scripts/build.mjs"], before, { ...env, PORTAL_OUTPUT: path.join(work, "sitio-antes") });
  run(process.execPath, ["scripts/build.mjs"], ROOT, { ...env, PORTAL_OUTPUT: path.join(work, "sitio-despues") });
  const a = path.join(work, "sitio-antes");
  const b = path.join(work, "sitio-despues");
  const fa = new Set(files(a));
  const fb = new Set(files(b));
  const only = (x: Set<string>, y: Set<string>) => [...x].filter((f) => !y.has(f)).sort();
  const differs = [...fa].filter((f) => fb.has(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f)))).sort();
  // The CMS bundle is compiled code: it changes whenever the code does, and says nothing about the site.
  const changed = differs.filter((f) => f !== ADMIN_BUNDLE);
  if (differs.includes(ADMIN_BUNDLE)) console.log(`(${ADMIN_BUNDLE}, el código compilado del administrador, cambió con el código; no se compara)`);
  const removed = only(fa, fb);
  const added = only(fb, fa);
  if (!changed.length && !removed.length && !added.length) {
    console.log(`Los dos sitios son idénticos: ${fa.size} archivos (${ref} frente a la copia de trabajo, PORTAL_NOW=${now}).`);
  } else {
    for (const f of removed) console.log(`solo antes:   ${f}`);
    for (const f of added) console.log(`solo después: ${f}`);
    for (const f of changed) {
      console.log(`distinto:     ${f}`);
      if (/\.(html|xml|json|txt|css|js)$/.test(f)) console.log(firstDifference(readFileSync(path.join(a, f), "utf8"), readFileSync(path.join(b, f), "utf8")));
    }
    console.log(`\n${changed.length} distintos, ${removed.length} solo antes, ${added.length} solo después, de ${fa.size} archivos.`);
    process.exitCode = 1;
  }
} finally {
  if (existsSync(path.join(work, "antes"))) spawnSync("git", ["worktree", "remove", "--force", path.join(work, "antes")], { cwd: ROOT });
  rmSync(work, { recursive: true, force: true });
}
