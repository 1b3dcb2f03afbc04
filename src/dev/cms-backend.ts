/**
 * The CMS's backend on a developer's machine: an HTTP server on 127.0.0.1 that speaks decap-server's
 * protocol (Decap's `proxy` backend: one POST per action) over the Git repository that holds content/.
 *
 * Why not decap-server itself: its git mode saves with `git add .` (every untracked file of the developer
 * goes into the editor's commit), checks branches out in the developer's working copy, listens on every
 * interface unless told otherwise, and answers any web page that posts to it. Here (src/dev/cms-git.ts):
 * - a draft is a branch `cms/<published branch>/<collection>/<slug>` with its review state in the branch
 *   description (as decap-server keeps it), written with Git's plumbing without a checkout;
 * - publishing merges the draft into the branch the working copy has checked out, with a merge commit by
 *   whoever publishes; the working copy changes at the published paths only, and only if the developer
 *   has no uncommitted change there;
 * - a save names the version of the file the editor opened (`expected`) and is refused when the file
 *   changed since, so nobody's edit is silently put back;
 * - it answers only the dev server's pages (Origin) at its own address (Host), with a JSON body.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseYamlData } from "../content/frontmatter.ts";
import { DEFAULT_MAX_UPLOAD_MB, maxUploadBytes, siteSchema } from "../schema/site.ts";
import { CmsRefusal, Repo, ZERO, type FileChange } from "./cms-git.ts";

/** Where Decap's configuration says the site's files are (src/cms/config.ts): `content/...`. */
const CMS_ROOT = "content";
const LABEL_PREFIX = "decap-cms/";
const STATUSES = ["draft", "pending_review", "pending_publish"] as const;
const ENTRY_FILE = /\.(?:md|markdown|ya?ml|json|toml)$/i;

export interface LocalCmsOptions {
  /** The content folder the dev server builds (PORTAL_CONTENT). */
  contentDir: string;
  /** Loopback only; the option exists for tests that want to say so explicitly. */
  host?: "127.0.0.1";
  /** 0 picks a free port. */
  port: number;
  /** The pages allowed to call it: the dev server's origins. */
  origins: readonly string[];
  /** Uploads over this size are refused (the CMS form refuses them first). */
  maxUploadBytes: number;
  log?: (message: string) => void;
}

export interface LocalCms {
  url: string;
  port: number;
  /** Why the CMS cannot work here, in the words the admin shows; undefined when it can. */
  problem?: string;
  close(): Promise<void>;
}

interface DataFile {
  slug: string;
  path: string;
  raw: string;
  newPath?: string;
}

interface Asset {
  path: string;
  content: string;
  encoding: "base64";
}

type Params = Record<string, unknown>;

/** A draft's branch for the branch it will be published on. */
export function draftBranch(published: string, collection: string, slug: string): string {
  return `cms/${published}/${collection}/${slug}`;
}

function parseContentKey(key: string): { collection: string; slug: string } {
  const i = key.indexOf("/");
  if (i <= 0) throw new CmsRefusal(`Identificador de borrador no válido: «${key}».`, 400);
  return { collection: key.slice(0, i), slug: key.slice(i + 1) };
}

const normalise = (text: string) => text.replace(/\r\n/g, "\n");

export class LocalCmsBackend {
  #queue: Promise<unknown> = Promise.resolve();
  readonly prefix: string;

  constructor(
    readonly repo: Repo,
    contentDir: string,
    readonly maxUploadBytes: number,
  ) {
    this.prefix = path.relative(repo.root, contentDir).split(path.sep).join("/");
    if (!this.prefix || this.prefix.startsWith("..")) throw new Error(`${contentDir} no está dentro del repositorio ${repo.root}`);
  }

  /** One action at a time: Git's refs and the working copy are shared state. */
  handle(action: string, params: Params): Promise<unknown> {
    const run = this.#queue.then(() => this.#dispatch(action, params));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** A path the CMS sent (`content/…`) as a path in the repository, refused if it leaves content/. */
  toRepo(cmsPath: unknown): string {
    if (typeof cmsPath !== "string" || !cmsPath) throw new CmsRefusal("Falta la ruta del archivo.", 400);
    const p = cmsPath.replace(/\\/g, "/");
    const clean = path.posix.normalize(p);
    if (clean !== p || p.startsWith("/") || p.includes("\0") || !p.startsWith(`${CMS_ROOT}/`) || p.split("/").some((s) => s === ".." || s === "." || s === ".git")) {
      throw new CmsRefusal(`Ruta no permitida: «${cmsPath}». El administrador solo escribe dentro de content/.`, 400);
    }
    return `${this.prefix}${p.slice(CMS_ROOT.length)}`;
  }

  toCms(repoPath: string): string {
    return `${CMS_ROOT}${repoPath.slice(this.prefix.length)}`;
  }

  async #published(): Promise<{ branch: string; tip: string }> {
    const branch = await this.repo.currentBranch();
    const tip = await this.repo.tip(branch);
    if (!tip) throw new CmsRefusal(`La rama «${branch}» aún no tiene ningún commit: haga el primero («git commit») y vuelva a intentarlo.`, 409);
    return { branch, tip };
  }

  async #dispatch(action: string, params: Params): Promise<unknown> {
    switch (action) {
      case "info":
        return { repo: path.basename(this.repo.root), publish_modes: ["simple", "editorial_workflow"], type: "local_git" };
      case "portalInfo": {
        // For the login page: where a publication goes, and under whose name.
        const branch = await this.repo.currentBranch().catch((e: Error) => e.message);
        return { branch, author: await this.repo.identity() };
      }
      case "entriesByFolder": {
        const { tip } = await this.#published();
        const folder = this.toRepo(params.folder);
        const extension = String(params.extension ?? "");
        const depth = Number(params.depth ?? 1);
        const files = (await this.repo.listFiles(tip, folder)).filter((f) => f.path.endsWith(extension) && f.path.slice(folder.length + 1).split("/").length <= depth);
        return this.#entries(tip, files.map((f) => f.path));
      }
      case "entriesByFiles": {
        const { tip } = await this.#published();
        const files = (params.files as { path: string }[] | undefined) ?? [];
        return this.#entries(tip, files.map((f) => this.toRepo(f.path)));
      }
      case "getEntry": {
        const { tip } = await this.#published();
        const [entry] = await this.#entries(tip, [this.toRepo(params.path)]);
        return entry;
      }
      case "unpublishedEntries": {
        const { branch } = await this.#published();
        const prefix = `cms/${branch}/`;
        return (await this.repo.branches(prefix)).map((b) => b.slice(prefix.length));
      }
      case "unpublishedEntry":
        return this.#unpublishedEntry(params);
      case "unpublishedEntryDataFile": {
        const draft = await this.#draft(String(params.collection), String(params.slug));
        const content = await this.repo.readFile(draft.tip, this.toRepo(params.path));
        return { data: content === null ? null : content.toString("utf8") };
      }
      case "unpublishedEntryMediaFile": {
        const draft = await this.#draft(String(params.collection), String(params.slug));
        return this.#mediaFile(draft.tip, this.toRepo(params.path));
      }
      case "deleteUnpublishedEntry": {
        const draft = await this.#draft(String(params.collection), String(params.slug));
        await this.repo.deleteBranch(draft.branch);
        return { message: `deleted branch: ${draft.branch}` };
      }
      case "persistEntry":
        return this.#persistEntry(params);
      case "updateUnpublishedEntryStatus": {
        const draft = await this.#draft(String(params.collection), String(params.slug));
        const status = String(params.newStatus);
        if (!(STATUSES as readonly string[]).includes(status)) throw new CmsRefusal(`Estado desconocido: «${status}».`, 400);
        const label = `${(params.cmsLabelPrefix as string) || LABEL_PREFIX}${status}`;
        await this.repo.setConfig(`branch.${draft.branch}.description`, label);
        return { message: `${draft.branch} description was updated to ${label}` };
      }
      case "publishUnpublishedEntry":
        return this.#publish(String(params.collection), String(params.slug));
      case "getMedia": {
        const { tip } = await this.#published();
        const folder = this.toRepo(params.mediaFolder);
        const files = await this.repo.listFiles(tip, folder, false);
        return Promise.all(files.map((f) => this.#mediaFile(tip, f.path)));
      }
      case "getMediaFile": {
        const { tip } = await this.#published();
        return this.#mediaFile(tip, this.toRepo(params.path));
      }
      case "persistMedia": {
        const asset = params.asset as Asset;
        const options = (params.options ?? {}) as { commitMessage?: string };
        const file = this.toRepo(asset.path);
        const content = this.#assetBytes(asset);
        const tip = await this.#commitPublished([{ path: file, content }], options.commitMessage || `Sube «${asset.path}»`);
        return this.#mediaFile(tip, file);
      }
      case "deleteFile":
      case "deleteFiles": {
        const paths = action === "deleteFile" ? [params.path] : ((params.paths as unknown[]) ?? []);
        const options = (params.options ?? {}) as { commitMessage?: string };
        const files = paths.map((p) => this.toRepo(p));
        await this.#commitPublished(
          files.map((f) => ({ path: f, content: null })),
          options.commitMessage || `Borra ${files.join(", ")}`,
        );
        return { message: `deleted files ${files.join(", ")}` };
      }
      case "getDeployPreview":
        // Locally the preview is the editor's own preview pane; there is no deploy of a draft.
        return null;
      default:
        throw new CmsRefusal(`Unknown action ${action}`, 422);
    }
  }

  async #entries(commit: string, files: string[]) {
    const blobs = await this.repo.readBlobs(files.map((f) => `${commit}:${f}`));
    return files.map((f, i) => ({
      data: blobs[i] ? blobs[i]!.content.toString("utf8") : null,
      file: { path: this.toCms(f), id: blobs[i]?.id ?? null },
    }));
  }

  async #mediaFile(commit: string, file: string) {
    const [blob] = await this.repo.readBlobs([`${commit}:${file}`]);
    if (!blob) throw new CmsRefusal(`No existe el archivo «${this.toCms(file)}».`, 404);
    return { id: blob.id, content: blob.content.toString("base64"), encoding: "base64", path: this.toCms(file), name: path.posix.basename(file) };
  }

  async #draft(collection: string, slug: string): Promise<{ branch: string; tip: string; published: { branch: string; tip: string } }> {
    const published = await this.#published();
    const branch = draftBranch(published.branch, collection, slug);
    const tip = await this.repo.tip(branch);
    if (!tip) throw new CmsRefusal("Not Found", 404);
    return { branch, tip, published };
  }

  async #unpublishedEntry(params: Params) {
    let { collection, slug } = params as { collection?: string; slug?: string };
    if (typeof params.id === "string") ({ collection, slug } = parseContentKey(params.id));
    const draft = await this.#draft(String(collection), String(slug));
    const base = await this.repo.mergeBase(draft.published.tip, draft.tip);
    const changes = await this.repo.diff(base, draft.tip);
    const diffs = await Promise.all(
      changes.map(async (c) => ({
        oldPath: this.toCms(c.path),
        newPath: this.toCms(c.path),
        status: c.status === "A" ? "added" : c.status === "D" ? "deleted" : "modified",
        newFile: c.status === "A",
        path: this.toCms(c.path),
        id: c.status === "D" ? null : await this.repo.blobAt(draft.tip, c.path),
        binary: !ENTRY_FILE.test(c.path),
      })),
    );
    const label = await this.repo.getConfig(`branch.${draft.branch}.description`);
    const prefix = (params.cmsLabelPrefix as string) || LABEL_PREFIX;
    const proposer = await this.repo.firstCommitSince(base, draft.tip);
    const last = await this.repo.lastCommit(draft.tip);
    return {
      collection,
      slug,
      status: label?.startsWith(prefix) ? label.slice(prefix.length) : "draft",
      diffs,
      updatedAt: last?.date ?? new Date().toISOString(),
      // Decap shows it on the review board's card: who proposed the change.
      pullRequestAuthor: proposer?.author,
    };
  }

  #assetBytes(asset: Asset): Buffer {
    if (asset.encoding !== "base64" || typeof asset.content !== "string") throw new CmsRefusal("Archivo subido sin contenido.", 400);
    const bytes = Buffer.from(asset.content, "base64");
    if (bytes.length > this.maxUploadBytes) {
      throw new CmsRefusal(`«${path.posix.basename(asset.path)}» pesa ${megabytes(bytes.length)} MB y el límite es ${megabytes(this.maxUploadBytes)} MB: reduzca el archivo y súbalo de nuevo.`, 413);
    }
    return bytes;
  }

  /**
   * Refuses a save over a version the editor did not see: `expected` maps each path to the text the
   * editor's form was built from (null: a new file that must not exist yet).
   */
  async #checkExpected(expected: unknown, commit: string, branch: string): Promise<void> {
    if (!expected || typeof expected !== "object") return;
    for (const [cmsPath, text] of Object.entries(expected as Record<string, string | null>)) {
      const file = this.toRepo(cmsPath);
      const current = await this.repo.readFile(commit, file);
      const same = text === null ? current === null : current !== null && normalise(current.toString("utf8")) === normalise(text);
      if (same) continue;
      const last = await this.repo.lastCommit(commit, file);
      throw new CmsRefusal(
        text === null
          ? `Ya existe «${cmsPath}»: alguien creó una entrada con el mismo nombre mientras usted escribía la suya.`
          : current === null
            ? `«${cmsPath}» fue borrado después de que usted lo abrió.`
            : `«${cmsPath}» cambió después de que usted lo abrió.`,
        409,
        { conflict: { path: cmsPath, branch, author: last?.author, date: last?.date, deleted: current === null } },
      );
    }
  }

  async #persistEntry(params: Params) {
    const entry = params.entry as DataFile | undefined;
    const dataFiles = (params.dataFiles as DataFile[] | undefined) ?? (entry ? [entry] : []);
    const assets = (params.assets as Asset[] | undefined) ?? [];
    const options = (params.options ?? {}) as { commitMessage?: string; useWorkflow?: boolean; status?: string; collectionName?: string };
    if (!dataFiles.length) throw new CmsRefusal("No hay nada que guardar.", 400);
    const changes: FileChange[] = [];
    for (const d of dataFiles) {
      if (typeof d.raw !== "string") throw new CmsRefusal("La entrada llegó sin contenido.", 400);
      const file = this.toRepo(d.path);
      if (d.newPath) {
        changes.push({ path: file, content: null });
        changes.push({ path: this.toRepo(d.newPath), content: Buffer.from(d.raw, "utf8") });
      } else changes.push({ path: file, content: Buffer.from(d.raw, "utf8") });
    }
    for (const a of assets) changes.push({ path: this.toRepo(a.path), content: this.#assetBytes(a) });
    const message = options.commitMessage || `Guarda «${dataFiles[0]!.slug}»`;

    if (!options.useWorkflow) {
      await this.#commitPublished(changes, message, params.expected);
      return { message: "entry persisted" };
    }
    const collection = options.collectionName;
    if (!collection) throw new CmsRefusal("Falta la colección de la entrada.", 400);
    const published = await this.#published();
    const branch = draftBranch(published.branch, collection, dataFiles[0]!.slug);
    const tip = await this.repo.tip(branch);
    // The editor saw the draft if there is one, else the published file.
    await this.#checkExpected(params.expected, tip ?? published.tip, tip ? branch : published.branch);
    if (tip) {
      // Files uploaded for this draft that the entry no longer uses leave the draft.
      const base = await this.repo.mergeBase(published.tip, tip);
      const kept = new Set(changes.map((c) => c.path));
      for (const d of await this.repo.diff(base, tip)) {
        if (d.status !== "D" && !ENTRY_FILE.test(d.path) && !kept.has(d.path)) changes.push({ path: d.path, content: null });
      }
    }
    const who = await this.repo.identity();
    const commit = await this.repo.commitChanges([tip ?? published.tip], changes, message, who);
    await this.repo.moveBranch(branch, commit, tip ?? ZERO, `cms: ${message.split("\n")[0]}`);
    if (!tip) {
      const status = (STATUSES as readonly string[]).includes(options.status ?? "") ? options.status! : "draft";
      await this.repo.setConfig(`branch.${branch}.description`, `${(params.cmsLabelPrefix as string) || LABEL_PREFIX}${status}`);
    }
    return { message: "entry persisted" };
  }

  /** Refuses to touch paths the developer changed without committing: their work is never overwritten. */
  async #assertClean(paths: string[]): Promise<void> {
    const busy = await this.repo.operationInProgress();
    if (busy) throw new CmsRefusal(`Git está en medio de ${busy} en la copia de trabajo: termínelo o cancélelo y vuelva a intentarlo.`, 409);
    const dirty = await this.repo.uncommitted(paths);
    if (dirty.length) {
      throw new CmsRefusal(
        `No se publicó: ${dirty.map((p) => `«${this.toCms(p)}»`).join(", ")} ${dirty.length > 1 ? "tienen" : "tiene"} cambios sin confirmar en la copia de trabajo del desarrollador. Confírmelos («git commit») o descártelos y vuelva a intentarlo.`,
        409,
      );
    }
  }

  /** A commit straight onto the checked-out branch (the simple publish mode, uploads, deletions). */
  async #commitPublished(changes: FileChange[], message: string, expected?: unknown): Promise<string> {
    const published = await this.#published();
    await this.#checkExpected(expected, published.tip, published.branch);
    await this.#assertClean(changes.map((c) => c.path));
    const commit = await this.repo.commitChanges([published.tip], changes, message, await this.repo.identity());
    await this.repo.moveBranch(published.branch, commit, published.tip, `cms: ${message.split("\n")[0]}`);
    await this.repo.syncWorkingCopy(published.tip, commit);
    return commit;
  }

  async #publish(collection: string, slug: string) {
    const draft = await this.#draft(collection, slug);
    const { published } = draft;
    const tree = await this.repo.mergeTree(published.tip, draft.tip);
    if (!tree) {
      throw new CmsRefusal(
        `No se publicó: desde que se creó este borrador, la versión publicada de la entrada cambió en las mismas líneas. Abra la entrada, copie sus cambios, elimine el borrador («Eliminar cambios no publicados») y vuelva a hacerlos sobre la versión actual.`,
        409,
      );
    }
    // The paths the merge changes on the published branch: the draft's, not what the branch did since.
    await this.#assertClean((await this.repo.diff(published.tip, tree)).map((c) => c.path));
    const base = await this.repo.mergeBase(published.tip, draft.tip);
    const proposer = await this.repo.firstCommitSince(base, draft.tip);
    const who = await this.repo.identity();
    const message = `Publica ${collection}/${slug}\n\nPropuesto por ${proposer ? `${proposer.author} <${proposer.email}>` : "—"}; revisado y publicado por ${who.name} <${who.email}> desde el administrador de contenidos.\n`;
    const commit = await this.repo.commitTree(tree, [published.tip, draft.tip], message, who);
    await this.repo.moveBranch(published.branch, commit, published.tip, `cms: publica ${collection}/${slug}`);
    await this.repo.syncWorkingCopy(published.tip, commit);
    await this.repo.deleteBranch(draft.branch);
    return { message: `branch ${draft.branch} merged to ${published.branch}` };
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString("es-CO", { maximumFractionDigits: 1 });
}

/** The request's body; past `limit` the rest is read and dropped, so the client still gets an answer. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on("end", () => (size > limit ? reject(new CmsRefusal(`Lo enviado supera el límite de ${megabytes(limit)} MB: suba archivos más pequeños.`, 413)) : resolve(Buffer.concat(chunks))));
    req.on("error", reject);
  });
}

/** Starts the local backend. Without a Git repository it still answers, with `problem` as every reply. */
export async function startLocalCms(options: LocalCmsOptions): Promise<LocalCms> {
  const host = options.host ?? "127.0.0.1";
  const repo = await Repo.find(options.contentDir);
  const problem = repo
    ? undefined
    : `El administrador local guarda cada cambio como un commit de Git, y ${options.contentDir} no está en un repositorio. Ejecute en la carpeta del proyecto «git init && git add -A && git commit -m "Contenido inicial"» y reinicie «npm start».`;
  const backend = repo ? new LocalCmsBackend(repo, options.contentDir, options.maxUploadBytes) : undefined;
  // Base64 makes an upload a third larger, and an entry may carry a few: the size of each file is checked
  // with its name in the message; this only bounds what is held in memory.
  const bodyLimit = options.maxUploadBytes * 4 + 1024 * 1024;
  let port = options.port;

  const server: Server = createServer((req, res) => void respond(req, res));
  const send = (res: ServerResponse, status: number, body: unknown, origin?: string) => {
    res.writeHead(status, {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "no-store",
      ...(origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {}),
    });
    res.end(JSON.stringify(body));
  };

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    // Another page the developer visits cannot drive this server, nor a name that resolves to it.
    if (origin !== undefined && !options.origins.includes(origin)) return send(res, 403, { error: "Origen no permitido." });
    if (![`127.0.0.1:${port}`, `localhost:${port}`].includes(req.headers.host ?? "")) return send(res, 403, { error: "Dirección no permitida." });
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...(origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {}),
        "Access-Control-Allow-Methods": "POST",
        "Access-Control-Allow-Headers": "Content-Type",
        "Access-Control-Max-Age": "600",
      });
      return void res.end();
    }
    if (req.method !== "POST" || req.url !== "/api/v1") return send(res, 404, { error: "Not Found" }, origin);
    if (!/^application\/json\b/.test(req.headers["content-type"] ?? "")) return send(res, 415, { error: "Se esperaba JSON." }, origin);
    let action = "";
    try {
      const body = JSON.parse((await readBody(req, bodyLimit)).toString("utf8")) as { action?: string; params?: Params };
      action = String(body.action ?? "");
      if (!backend) throw new CmsRefusal(problem!, 409);
      const result = await backend.handle(action, body.params ?? {});
      send(res, 200, result ?? null, origin);
    } catch (e) {
      if (e instanceof CmsRefusal) return send(res, e.status, { error: e.message, ...e.details }, origin);
      options.log?.(`[cms] ${action}: ${(e as Error).message}`);
      send(res, 500, { error: `El administrador local falló al hacer «${action}»: ${(e as Error).message}` }, origin);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    port,
    problem,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The upload limit sitio.yaml sets; while the file does not validate, the default one. */
function uploadLimitIn(contentDir: string): number {
  try {
    const site = siteSchema.safeParse(parseYamlData(readFileSync(path.join(contentDir, "sitio.yaml"), "utf8")));
    if (site.success) return maxUploadBytes(site.data);
  } catch {
    // Unreadable: the dev server reports it; the backend keeps the default.
  }
  return DEFAULT_MAX_UPLOAD_MB * 1024 * 1024;
}

/** What the dev server tells its /admin/ about the local backend (admin/local.ts reads it). */
export interface LocalCmsAnnouncement {
  url: string;
  problem?: string;
}

export const ANNOUNCEMENT = "admin/servidor-local.json";

/**
 * The dev server's CMS backend: on CMS_PORT when given, else on the port after the dev server's, else on
 * any free one, so that two dev servers (two worktrees) never share a backend. Where it listens is
 * written into the served admin, which asks there.
 */
export async function startDevCms(o: { contentDir: string; outDir: string; devPort: number; cmsPort?: number; log?: (m: string) => void }): Promise<LocalCms> {
  const origins = ["localhost", "127.0.0.1", "[::1]"].map((h) => `http://${h}:${o.devPort}`);
  const maxUploadBytes = uploadLimitIn(o.contentDir);
  const start = (port: number) => startLocalCms({ contentDir: o.contentDir, port, origins, maxUploadBytes, log: o.log });
  let cms: LocalCms;
  if (o.cmsPort !== undefined) cms = await start(o.cmsPort);
  else {
    try {
      cms = await start(o.devPort + 1);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE") throw e;
      cms = await start(0);
    }
  }
  const file = path.join(o.outDir, ANNOUNCEMENT);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ url: cms.url, ...(cms.problem ? { problem: cms.problem } : {}) } satisfies LocalCmsAnnouncement));
  return cms;
}
