/**
 * Our backends: Decap's GitHub, GitLab and proxy (local) backends, each with
 * - the lost-update guard of admin/conflicts.ts before every save;
 * - Spanish for the errors an editor can meet on the way in and when publishing;
 * - on GitHub, no "force merge": Decap's GitHub backend, when GitHub refuses to merge a pull request
 *   (the branch protection asks for an approval, or the entry changed on both sides), writes the draft's
 *   files straight onto the published branch instead. Here the refusal reaches the editor, in Spanish;
 * - the Alcaldía's login page (LoginPage.tsx).
 * Registered under their own names (src/cms/config.ts, BACKENDS) and chosen by content/sitio.yaml.
 */
import CMS from "decap-cms-app";
import { GitHubBackend } from "decap-cms-backend-github";
import { GitLabBackend } from "decap-cms-backend-gitlab";
import { ProxyBackend } from "decap-cms-backend-proxy";
import { APIError } from "decap-cms-lib-util";
import type { ComponentType } from "react";
import { BACKENDS, megabytes } from "../src/cms/config.ts";
import { publishMessage, signInMessage } from "../src/cms/host-errors.ts";
import { maxUploadBytes, type SiteData } from "../src/schema/site.ts";
import { assertUnchanged, conflict, ownSaves, takePendingSave } from "./conflicts.ts";
import { withLoginPage, type LoginKind } from "./LoginPage.tsx";
import type { LocalBackend } from "./local.ts";

type Ctor = new (...args: any[]) => DecapImplementation;

/** An error shown as it is: Decap prints `String(error)` in its toasts, so no class name in front. */
function said(message: string, status?: number): Error {
  const e = new Error(message) as Error & { status?: number };
  e.name = "";
  if (status !== undefined) e.status = status;
  return e;
}

function signInError(e: unknown, site: SiteData, host: string): Error {
  return said(signInMessage(String((e as Error)?.message ?? e), site.cms.repo, host));
}

function publishError(e: unknown): Error {
  return e instanceof APIError ? said(publishMessage(e.status, e.message ?? ""), e.status) : (e as Error);
}

function sizeCheck(site: SiteData, assets: DecapAsset[]): void {
  const max = maxUploadBytes(site);
  for (const a of assets) {
    const size = a.fileObj?.size ?? 0;
    if (size > max) throw said(`«${a.path.split("/").pop()}» pesa ${megabytes(size)} y el límite es ${megabytes(max)}: reduzca el archivo y súbalo de nuevo.`, 413);
  }
}

interface Options {
  site: SiteData;
  kind: LoginKind;
  host: string;
  /** Who last changed a file on a branch (the draft's or the published one), when the host can tell. */
  lastChange?: (impl: any, path: string, branch: string) => Promise<{ author?: string; date?: string } | undefined>;
  draftBranch: (collection: string, slug: string) => string;
  local?: LocalBackend;
}

function guarded(Base: Ctor, o: Options): Ctor {
  return class extends Base {
    // Decap asks for the login component on every render: one component, or React would start it anew.
    #login?: ComponentType<Record<string, unknown>>;

    override authComponent() {
      this.#login ??= withLoginPage(super.authComponent() as ComponentType<Record<string, unknown>>, {
        site: o.site,
        kind: o.kind,
        problem: o.local?.problem,
        localInfo: o.kind === "local" ? () => (this as unknown as { request(p: object): Promise<any> }).request({ action: "portalInfo", params: {} }).catch(() => undefined) : undefined,
      });
      return this.#login;
    }

    override async authenticate(state: Record<string, unknown>) {
      try {
        return await super.authenticate(state);
      } catch (e) {
        throw signInError(e, o.site, o.host);
      }
    }

    override async persistEntry(entry: DecapEntryToSave, options: DecapPersistOptions) {
      sizeCheck(o.site, entry.assets);
      const save = takePendingSave();
      const file = entry.dataFiles[0];
      let expected: string | null = null;
      if (save && !save.newRecord && file && save.path === file.path) {
        expected = await assertUnchanged(this, save, Boolean(options.useWorkflow), (path, draft) =>
          o.lastChange ? o.lastChange(this, path, draft ? o.draftBranch(save.collection, save.slug) : o.site.cms.branch) : Promise.resolve(undefined),
        );
      }
      const result = await super.persistEntry(entry, options);
      if (file) ownSaves.record(file.path, expected, file.raw);
      return result;
    }

    override async persistMedia(file: DecapAsset, options: DecapPersistOptions) {
      sizeCheck(o.site, [file]);
      return super.persistMedia(file, options);
    }

    override async publishUnpublishedEntry(collection: string, slug: string) {
      try {
        return await super.publishUnpublishedEntry(collection, slug);
      } catch (e) {
        throw publishError(e);
      }
    }
  };
}

interface GitHubApi {
  originRepoURL: string;
  request(path: string, options?: Record<string, unknown>): Promise<any>;
  forceMergePR?: (pr: { number: number }) => Promise<unknown>;
}

function gitHub(site: SiteData): Ctor {
  const Base = guarded(GitHubBackend, {
    site,
    kind: "github",
    host: "GitHub",
    draftBranch: (c, s) => `cms/${c}/${s}`,
    lastChange: async (impl: { api?: GitHubApi }, path, branch) => {
      const [last] = (await impl.api!.request(`${impl.api!.originRepoURL}/commits`, { params: { path, sha: branch, per_page: 1 } })) as { commit: { author: { name: string; date: string } } }[];
      return last ? { author: last.commit.author.name, date: last.commit.author.date } : undefined;
    },
  });
  return class extends Base {
    // Set by Decap's GitHub backend; `declare` so that this class does not define it afresh.
    declare api?: GitHubApi;
    override async authenticate(state: Record<string, unknown>) {
      const user = await super.authenticate(state);
      const api = this.api!;
      api.forceMergePR = async (pr) => {
        const state = ((await api.request(`${api.originRepoURL}/pulls/${pr.number}`).catch(() => ({}))) as { mergeable_state?: string }).mergeable_state;
        throw new APIError(state === "dirty" ? "not mergeable: conflict" : "protected branch: review required", 405, "GitHub");
      };
      return user;
    }
  };
}

function gitLab(site: SiteData): Ctor {
  return guarded(GitLabBackend, {
    site,
    kind: "gitlab",
    host: "GitLab",
    draftBranch: (c, s) => `cms/${c}/${s}`,
    lastChange: async (impl: { api?: { repoURL: string; requestJSON(req: Record<string, unknown>): Promise<any> } }, path, branch) => {
      const [last] = (await impl.api!.requestJSON({ url: `${impl.api!.repoURL}/repository/commits`, params: { path, ref_name: branch, per_page: 1 } })) as { author_name: string; authored_date: string }[];
      return last ? { author: last.author_name, date: last.authored_date } : undefined;
    },
  });
}

/**
 * The dev server's backend (src/dev/cms-backend.ts). It checks the version itself, in the same step as
 * the write: each save names the text the form was opened with (`expected`).
 */
function local(site: SiteData, backend: LocalBackend): Ctor {
  const Base = guarded(ProxyBackend, { site, kind: "local", host: "el administrador local", draftBranch: () => "", local: backend });
  return class extends Base {
    // Set by Decap's proxy backend's constructor; `declare` so that this class does not define them afresh.
    declare proxyUrl: string;
    declare branch: string;
    declare cmsLabelPrefix?: string;
    declare options: { initialWorkflowStatus?: string };

    async request(payload: { action: string; params: Record<string, unknown> }): Promise<any> {
      if (backend.problem) throw said(backend.problem, 409);
      const res = await fetch(this.proxyUrl, {
        method: "POST",
        headers: { "Content-Type": "application/json; charset=utf-8" },
        body: JSON.stringify({ branch: this.branch, ...payload }),
      });
      const json = await res.json();
      if (res.ok) return json;
      const error = new APIError(json.error, res.status, "local", json);
      error.name = "";
      throw error;
    }

    override async persistEntry(entry: DecapEntryToSave, options: DecapPersistOptions) {
      sizeCheck(site, entry.assets);
      const save = takePendingSave();
      const file = entry.dataFiles[0];
      const opened = save && !save.newRecord && file && save.path === file.path ? ownSaves.expected(save.path, save.raw) : null;
      const assets = await Promise.all(entry.assets.map(async (a) => ({ path: a.path, content: await a.toBase64!(), encoding: "base64" })));
      try {
        await this.request({
          action: "persistEntry",
          params: {
            branch: this.branch,
            dataFiles: entry.dataFiles,
            assets,
            options: { ...options, status: options.status || this.options.initialWorkflowStatus },
            cmsLabelPrefix: this.cmsLabelPrefix,
            // New: the file must not exist yet; else: it must still be the version the form was opened with.
            ...(file ? { expected: { [file.path]: opened } } : {}),
          },
        });
      } catch (e) {
        const c = (e as APIError).meta?.conflict as { path: string; author?: string; date?: string; deleted?: boolean; branch?: string } | undefined;
        if (save && c) throw conflict(save, { path: c.path, author: c.author, date: c.date, deleted: c.deleted && opened !== null, created: opened === null, draft: c.branch?.startsWith("cms/") });
        throw e;
      }
      if (file) ownSaves.record(file.path, opened, file.raw);
      return { message: "entry persisted" };
    }
  };
}

export function registerBackends(site: SiteData, localBackend?: LocalBackend): void {
  const register = CMS.registerBackend as unknown as (name: string, backend: Ctor) => void;
  register(BACKENDS.github, gitHub(site));
  register(BACKENDS.gitlab, gitLab(site));
  if (localBackend) register(BACKENDS.local, local(site, localBackend));
}
