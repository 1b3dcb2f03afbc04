/**
 * The local CMS backend (src/dev/cms-backend.ts) over a real Git repository: the review flow keeps each
 * draft on its own branch, publishing commits the editor's files and nothing else, a save over a version
 * the editor did not see is refused, and only the dev server's pages may call it. The same requests go to
 * decap-server in git mode, to show that both speak the same protocol and why we do not use it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftBranch, startDevCms, startLocalCms, type LocalCms } from "../../src/dev/cms-backend.ts";
import { ROOT } from "../helpers/build.ts";
import { EDITOR, filesOf, gitProject, sh } from "../helpers/git-project.ts";

const ORIGIN = "http://localhost:8380";
const NEWS = "content/noticias/2024-03-05-jornada-de-vacunacion.md";
const MB = 1024 * 1024;

type Reply = { status: number; body: any };

async function call(url: string, action: string, params: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Reply> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: ORIGIN, ...headers },
    body: JSON.stringify({ action, params: { branch: "main", ...params } }),
  });
  return { status: res.status, body: await res.json() };
}

const raw = (title: string) => `---\ntitle: ${title}\ndate: 2024-04-02T10:00\nsummary: Resumen.\ncategory: salud\noffice: Secretaría de Gobierno\n---\nTexto.\n`;

function persist(url: string, slug: string, text: string, extra: Record<string, unknown> = {}) {
  return call(url, "persistEntry", {
    dataFiles: [{ slug, path: `content/noticias/${slug}.md`, raw: text }],
    assets: [],
    options: { collectionName: "noticias", commitMessage: `Crea Noticia «${slug}»`, useWorkflow: true, status: "draft" },
    ...extra,
  });
}

let project: { dir: string; content: string };
let cms: LocalCms;

beforeAll(async () => {
  project = gitProject();
  cms = await startLocalCms({ contentDir: project.content, port: 0, origins: [ORIGIN], maxUploadBytes: 2 * MB });
  // The developer's own work in progress, which no CMS commit may pick up or overwrite.
  writeFileSync(path.join(project.dir, "notas-del-desarrollador.txt"), "sin confirmar\n");
  writeFileSync(path.join(project.content, "noticias/2099-12-31-sin-confirmar.md"), raw("Sin confirmar"));
  appendFileSync(path.join(project.content, "paginas/participa.md"), "\nCambio en curso del desarrollador.\n");
  sh(project.dir, "add", "content/paginas/participa.md");
});

afterAll(async () => {
  await cms?.close();
  rmSync(project.dir, { recursive: true, force: true });
});

describe("the local CMS backend", () => {
  it("listens on 127.0.0.1 and says it offers the review flow", async () => {
    expect(cms.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect((await call(cms.url, "info")).body).toEqual({ repo: path.basename(project.dir), publish_modes: ["simple", "editorial_workflow"], type: "local_git" });
  });

  it("reads entries from the committed branch", async () => {
    const { body } = await call(cms.url, "entriesByFolder", { folder: "content/noticias", extension: "md", depth: 1 });
    const paths = body.map((e: { file: { path: string } }) => e.file.path);
    expect(paths).toContain(NEWS);
    // An uncommitted file of the developer's is not the CMS's to show.
    expect(paths).not.toContain("content/noticias/2099-12-31-sin-confirmar.md");
    const news = body.find((e: { file: { path: string } }) => e.file.path === NEWS);
    expect(news.data).toBe(readFileSync(path.join(project.content, "noticias/2024-03-05-jornada-de-vacunacion.md"), "utf8"));
    expect(news.file.id).toMatch(/^[0-9a-f]{40}$/);
  });

  it("drafts on a branch of its own, moves it through review, and publishes only the editor's file", async () => {
    const slug = "2024-04-02-limpieza-del-rio";
    const head = sh(project.dir, "rev-parse", "HEAD").trim();
    expect((await persist(cms.url, slug, raw("Limpieza del río"))).status).toBe(200);

    // Nothing changes in the working copy or on main while the entry is a draft.
    expect(sh(project.dir, "rev-parse", "HEAD").trim()).toBe(head);
    expect(existsSync(path.join(project.content, `noticias/${slug}.md`))).toBe(false);
    const branch = draftBranch("main", "noticias", slug);
    expect(filesOf(project.dir, branch)).toEqual([`content/noticias/${slug}.md`]);
    expect(sh(project.dir, "config", `branch.${branch}.description`).trim()).toBe("decap-cms/draft");

    expect((await call(cms.url, "unpublishedEntries")).body).toEqual([`noticias/${slug}`]);
    const draft = (await call(cms.url, "unpublishedEntry", { id: `noticias/${slug}` })).body;
    expect(draft).toMatchObject({ collection: "noticias", slug, status: "draft", pullRequestAuthor: EDITOR.name });
    expect(draft.diffs).toEqual([expect.objectContaining({ path: `content/noticias/${slug}.md`, newFile: true, binary: false })]);
    const file = await call(cms.url, "unpublishedEntryDataFile", { collection: "noticias", slug, path: `content/noticias/${slug}.md`, id: draft.diffs[0].id });
    expect(file.body.data).toBe(raw("Limpieza del río"));

    for (const status of ["pending_review", "pending_publish"]) {
      expect((await call(cms.url, "updateUnpublishedEntryStatus", { collection: "noticias", slug, newStatus: status })).status).toBe(200);
      expect((await call(cms.url, "unpublishedEntry", { collection: "noticias", slug })).body.status).toBe(status);
    }

    expect((await call(cms.url, "publishUnpublishedEntry", { collection: "noticias", slug })).status).toBe(200);
    // Published: the file is in the working copy, main has a merge commit by the publisher whose second
    // parent is the editor's commit, and that commit holds the entry and nothing else.
    expect(readFileSync(path.join(project.content, `noticias/${slug}.md`), "utf8")).toBe(raw("Limpieza del río"));
    const parents = sh(project.dir, "log", "-1", "--format=%P", "main").trim().split(" ");
    expect(parents[0]).toBe(head);
    expect(filesOf(project.dir, parents[1]!)).toEqual([`content/noticias/${slug}.md`]);
    expect(sh(project.dir, "log", "-1", "--format=%an|%s", parents[1]!).trim()).toBe(`${EDITOR.name}|Crea Noticia «${slug}»`);
    expect(sh(project.dir, "log", "-1", "--format=%B", "main")).toContain(`Propuesto por ${EDITOR.name}`);
    expect(sh(project.dir, "branch", "--list", branch).trim()).toBe("");
    expect((await call(cms.url, "unpublishedEntries")).body).toEqual([]);

    // The developer's untracked files and staged change are exactly as they were.
    const status = sh(project.dir, "status", "--porcelain");
    expect(status).toContain("?? notas-del-desarrollador.txt");
    expect(status).toContain("?? content/noticias/2099-12-31-sin-confirmar.md");
    expect(status).toContain("M  content/paginas/participa.md");
    expect(status).not.toContain(slug);
  });

  it("refuses a save over a version the editor did not open, and says who changed it", async () => {
    const slug = "2024-04-03-conflicto";
    expect((await persist(cms.url, slug, raw("Primera versión"))).status).toBe(200);
    // A second editor saves over the draft they opened…
    const second = await persist(cms.url, slug, raw("Segunda versión"), { expected: { [`content/noticias/${slug}.md`]: raw("Primera versión") } });
    expect(second.status).toBe(200);
    // …and the first, still holding the first version, is refused.
    const stale = await persist(cms.url, slug, raw("Cambio perdido"), { expected: { [`content/noticias/${slug}.md`]: raw("Primera versión") } });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe(`«content/noticias/${slug}.md» cambió después de que usted lo abrió.`);
    expect(stale.body.conflict).toMatchObject({ path: `content/noticias/${slug}.md`, author: EDITOR.name, deleted: false });
    const branch = draftBranch("main", "noticias", slug);
    expect(sh(project.dir, "show", `${branch}:content/noticias/${slug}.md`)).toBe(raw("Segunda versión"));

    // A published entry edited in simple mode, while someone else published a change to it.
    const text = readFileSync(path.join(project.content, "noticias/2024-03-31-cierre-de-mes.md"), "utf8");
    const simple = (expected: string) =>
      call(cms.url, "persistEntry", {
        dataFiles: [{ slug: "2024-03-31-cierre-de-mes", path: "content/noticias/2024-03-31-cierre-de-mes.md", raw: `${text}Otra línea.\n` }],
        assets: [],
        options: { commitMessage: "Actualiza Noticia", useWorkflow: false },
        expected: { "content/noticias/2024-03-31-cierre-de-mes.md": expected },
      });
    expect((await simple(`${text}antes`)).status).toBe(409);
    expect((await simple(text)).status).toBe(200);
    expect(readFileSync(path.join(project.content, "noticias/2024-03-31-cierre-de-mes.md"), "utf8")).toBe(`${text}Otra línea.\n`);
  });

  it("refuses to publish over a file the developer changed and did not commit", async () => {
    const file = path.join(project.content, "noticias/2024-03-31-cierre-de-mes.md");
    appendFileSync(file, "Edición a mano sin confirmar.\n");
    const before = readFileSync(file, "utf8");
    const r = await call(cms.url, "persistEntry", {
      dataFiles: [{ slug: "2024-03-31-cierre-de-mes", path: "content/noticias/2024-03-31-cierre-de-mes.md", raw: "---\ntitle: x\n---\n" }],
      assets: [],
      options: { commitMessage: "Actualiza Noticia", useWorkflow: false },
    });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatch(/^No se publicó: «content\/noticias\/2024-03-31-cierre-de-mes\.md» tiene cambios sin confirmar en la copia de trabajo del desarrollador\. Confírmelos/);
    expect(readFileSync(file, "utf8")).toBe(before);
    sh(project.dir, "checkout", "--", "content/noticias/2024-03-31-cierre-de-mes.md");
  });

  it("refuses a merge where the draft and the published entry changed the same lines", async () => {
    const slug = "2024-03-31-cierre-de-mes";
    const target = `content/noticias/${slug}.md`;
    const text = readFileSync(path.join(project.content, `noticias/${slug}.md`), "utf8");
    const edited = (line: string) => text.replace(/^title: .*$/m, `title: ${line}`);
    expect((await persist(cms.url, slug, edited("Título del borrador"))).status).toBe(200);
    writeFileSync(path.join(project.content, `noticias/${slug}.md`), edited("Título confirmado a mano"));
    sh(project.dir, "commit", "-q", "-m", "Cambio directo", "--", target);
    const head = sh(project.dir, "rev-parse", "HEAD").trim();
    const r = await call(cms.url, "publishUnpublishedEntry", { collection: "noticias", slug });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatch(/^No se publicó: desde que se creó este borrador, la versión publicada de la entrada cambió en las mismas líneas\./);
    expect(sh(project.dir, "rev-parse", "HEAD").trim()).toBe(head);
    await call(cms.url, "deleteUnpublishedEntry", { collection: "noticias", slug });
  });

  it("uploads media as its own commit, within the size limit", async () => {
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    const ok = await call(cms.url, "persistMedia", { asset: { path: "content/media/foto.png", content: png.toString("base64"), encoding: "base64" }, options: { commitMessage: "Sube «foto.png»" } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ path: "content/media/foto.png", name: "foto.png", encoding: "base64" });
    expect(filesOf(project.dir, "HEAD")).toEqual(["content/media/foto.png"]);
    expect(readFileSync(path.join(project.content, "media/foto.png"))).toEqual(png);
    const big = await call(cms.url, "persistMedia", { asset: { path: "content/media/acta.pdf", content: Buffer.alloc(3 * MB).toString("base64"), encoding: "base64" }, options: { commitMessage: "Sube" } });
    expect(big.status).toBe(413);
    expect(big.body.error).toBe("«acta.pdf» pesa 3 MB y el límite es 2 MB: reduzca el archivo y súbalo de nuevo.");
    const media = (await call(cms.url, "getMedia", { mediaFolder: "content/media" })).body;
    expect(media.map((m: { name: string }) => m.name)).toEqual(["foto.png"]);
  });

  it("writes nothing outside content/", async () => {
    for (const p of ["content/../package.json", "src/x.md", "/etc/passwd", "content/./x.md", "content/.git/config"]) {
      const r = await call(cms.url, "persistEntry", { dataFiles: [{ slug: "x", path: p, raw: "x" }], assets: [], options: { commitMessage: "x", useWorkflow: false } });
      expect(r.status, p).toBe(400);
      expect(r.body.error, p).toMatch(/^Ruta no permitida/);
    }
  });

  it("answers only the dev server's pages, at its own address, with JSON", async () => {
    expect((await call(cms.url, "info", {}, { Origin: "https://sitio-malicioso.example" })).status).toBe(403);
    // A name that resolves to this machine (DNS rebinding) is not this server's address.
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request(cms.url, { method: "POST", headers: { Host: `palmar.example:${cms.port}`, "Content-Type": "application/json" } }, (res) => resolve(res.statusCode!));
      req.on("error", reject);
      req.end('{"action":"info"}');
    });
    expect(rebound).toBe(403);
    const plain = await fetch(cms.url, { method: "POST", headers: { "Content-Type": "text/plain", Origin: ORIGIN }, body: JSON.stringify({ action: "info" }) });
    expect(plain.status).toBe(415);
    const preflight = await fetch(cms.url, { method: "OPTIONS", headers: { Origin: ORIGIN, "Access-Control-Request-Method": "POST" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(ORIGIN);
  });

  it("gives each dev server a backend of its own and tells its admin where", async () => {
    const out = [mkdtempSync(path.join(tmpdir(), "portal-out-")), mkdtempSync(path.join(tmpdir(), "portal-out-"))];
    const devPort = await freePort();
    // Two dev servers on the same port number (two worktrees, one stopped and started again, say).
    const [a, b] = [await startDevCms({ contentDir: project.content, outDir: out[0]!, devPort }), await startDevCms({ contentDir: project.content, outDir: out[1]!, devPort })];
    try {
      expect(a.port).toBe(devPort + 1);
      expect(b.port).not.toBe(a.port);
      for (const [i, cms] of [a, b].entries()) {
        expect(JSON.parse(readFileSync(path.join(out[i]!, "admin/servidor-local.json"), "utf8"))).toEqual({ url: cms.url });
        expect((await call(cms.url, "info", {}, { Origin: `http://localhost:${devPort}` })).status).toBe(200);
      }
    } finally {
      await a.close();
      await b.close();
      for (const o of out) rmSync(o, { recursive: true, force: true });
    }
  });

  it("says what to run when content/ is not in a Git repository", async () => {
    const bare = mkdtempSync(path.join(tmpdir(), "portal-sin-git-"));
    const other = await startLocalCms({ contentDir: bare, port: 0, origins: [ORIGIN], maxUploadBytes: MB });
    try {
      expect(other.problem).toMatch(/git init && git add -A && git commit -m "Contenido inicial"/);
      const r = await call(other.url, "entriesByFolder", { folder: "content/noticias", extension: "md", depth: 1 });
      expect(r.status).toBe(409);
      expect(r.body.error).toBe(other.problem);
    } finally {
      await other.close();
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe("decap-server in git mode, given the same requests", () => {
  let theirs: { dir: string; content: string };
  let server: ChildProcess;
  let url: string;

  beforeAll(async () => {
    theirs = gitProject("portal-decap-server-");
    const port = await freePort();
    url = `http://127.0.0.1:${port}/api/v1`;
    server = spawn(process.execPath, [path.join(ROOT, "node_modules/decap-server/dist/index.js")], {
      env: { ...process.env, MODE: "git", PORT: String(port), BIND_HOST: "127.0.0.1", GIT_REPO_DIRECTORY: theirs.dir, LOG_LEVEL: "error" },
      stdio: "ignore",
    });
    for (let i = 0; i < 100; i++) {
      if (await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"action":"info"}' }).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  afterAll(() => {
    server?.kill();
    rmSync(theirs.dir, { recursive: true, force: true });
  });

  it("answers with the same shapes, and sweeps the developer's untracked file into the editor's commit", async () => {
    writeFileSync(path.join(theirs.dir, "notas-del-desarrollador.txt"), "sin confirmar\n");
    const ours = gitProject("portal-ours-");
    writeFileSync(path.join(ours.dir, "notas-del-desarrollador.txt"), "sin confirmar\n");
    const local = await startLocalCms({ contentDir: ours.content, port: 0, origins: [ORIGIN], maxUploadBytes: MB });
    try {
      const shape = (v: unknown): unknown =>
        Array.isArray(v) ? v.map(shape) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)])) : typeof v;
      const slug = "2024-04-02-limpieza-del-rio";
      const steps: [string, Record<string, unknown>][] = [
        ["entriesByFolder", { folder: "content/noticias", extension: "md", depth: 1 }],
        ["getEntry", { path: NEWS }],
        ["persistEntry", { dataFiles: [{ slug, path: `content/noticias/${slug}.md`, raw: raw("Limpieza") }], assets: [], options: { collectionName: "noticias", commitMessage: "Crea", useWorkflow: true, status: "draft" } }],
        ["unpublishedEntries", {}],
        ["updateUnpublishedEntryStatus", { collection: "noticias", slug, newStatus: "pending_review" }],
        ["unpublishedEntryDataFile", { collection: "noticias", slug, path: `content/noticias/${slug}.md`, id: "x" }],
        ["getMedia", { mediaFolder: "content/media" }],
      ];
      for (const [action, params] of steps) {
        const a = await call(url, action, params);
        const b = await call(local.url, action, params);
        expect(b.status, action).toBe(a.status);
        if (action === "updateUnpublishedEntryStatus") continue; // the message names the branch
        expect(shape(b.body), action).toEqual(shape(a.body));
        if (action === "entriesByFolder") expect(b.body.map((e: { data: string }) => e.data).sort()).toEqual(a.body.map((e: { data: string }) => e.data).sort());
      }
      const draftTheirs = (await call(url, "unpublishedEntry", { collection: "noticias", slug })).body;
      const draftOurs = (await call(local.url, "unpublishedEntry", { collection: "noticias", slug })).body;
      expect(Object.keys(draftOurs).sort()).toEqual([...Object.keys(draftTheirs), "pullRequestAuthor"].sort());
      expect(draftOurs).toMatchObject({ collection: draftTheirs.collection, slug: draftTheirs.slug, status: draftTheirs.status });
      expect(Object.keys(draftOurs.diffs[0]).sort()).toEqual(Object.keys(draftTheirs.diffs[0]).sort());

      // decap-server committed the developer's notes with the editor's entry; we did not.
      expect(filesOf(theirs.dir, "cms/noticias/2024-04-02-limpieza-del-rio")).toEqual(expect.arrayContaining(["notas-del-desarrollador.txt"]));
      expect(filesOf(ours.dir, draftBranch("main", "noticias", slug))).toEqual([`content/noticias/${slug}.md`]);
    } finally {
      await local.close();
      rmSync(ours.dir, { recursive: true, force: true });
    }
  });
});
