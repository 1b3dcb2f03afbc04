/**
 * The Git operations behind the local CMS backend (src/dev/cms-backend.ts), done with Git's plumbing so
 * that a save touches exactly the editor's files: commits are built in a private index from a tree, never
 * with `git add .`, and a draft lives on its own branch without checking it out. The developer's working
 * copy changes only when something is published onto the branch it has checked out, and only at the
 * published paths, which must have no uncommitted changes of the developer's.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ZERO = "0".repeat(40);

/** A refusal the editor can act on: the CMS shows its message as it is. */
export class CmsRefusal extends Error {
  constructor(
    message: string,
    readonly status = 422,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface GitResult {
  stdout: Buffer;
  code: number;
}

export interface Identity {
  name: string;
  email: string;
}

export interface FileChange {
  path: string;
  /** The new content; null removes the file. */
  content: Buffer | null;
}

export interface GitBlob {
  id: string;
  content: Buffer;
}

export interface TreeFile {
  path: string;
  blob: string;
}

export interface CommitInfo {
  author: string;
  email: string;
  date: string;
}

export class Repo {
  private constructor(
    /** The working tree's top folder. */
    readonly root: string,
  ) {}

  /** The repository holding `dir`, or undefined when `dir` is not inside one. */
  static async find(dir: string): Promise<Repo | undefined> {
    const r = await git(dir, ["rev-parse", "--show-toplevel"], { allowFail: true });
    if (r.code !== 0) return undefined;
    return new Repo(r.stdout.toString("utf8").trim());
  }

  run(args: string[], options: GitOptions = {}): Promise<GitResult> {
    return git(this.root, args, options);
  }

  async text(args: string[], options: GitOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.toString("utf8");
  }

  /** The branch the working copy has checked out: where the CMS publishes. */
  async currentBranch(): Promise<string> {
    const r = await this.run(["symbolic-ref", "--quiet", "--short", "HEAD"], { allowFail: true });
    const name = r.stdout.toString("utf8").trim();
    if (r.code !== 0 || !name) {
      throw new CmsRefusal(
        "La copia de trabajo no está en una rama (HEAD separado): el administrador no sabe dónde publicar. Cambie a una rama, por ejemplo con «git switch main», y vuelva a intentarlo.",
        409,
      );
    }
    return name;
  }

  /** A branch's tip, or undefined when it does not exist. */
  async tip(branch: string): Promise<string | undefined> {
    const r = await this.run(["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`], { allowFail: true });
    return r.code === 0 ? r.stdout.toString("utf8").trim() : undefined;
  }

  async branches(prefix: string): Promise<string[]> {
    const out = await this.text(["for-each-ref", "--format=%(refname:strip=2)", `refs/heads/${prefix}`]);
    return out.split("\n").filter(Boolean);
  }

  /** The files under `folder` in a commit, with their blobs. */
  async listFiles(commit: string, folder: string, recursive = true): Promise<TreeFile[]> {
    const dir = folder.replace(/\/+$/, "");
    const out = await this.text(["ls-tree", ...(recursive ? ["-r"] : []), "-z", commit, "--", `${dir}/`]);
    return out
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        const [meta, file] = line.split("\t") as [string, string];
        const [, type, blob] = meta.split(" ") as [string, string, string];
        return { type, path: file, blob };
      })
      .filter((f) => f.type === "blob")
      .map(({ path: p, blob }) => ({ path: p, blob }));
  }

  /** The blob at `path` in a commit, or undefined. */
  async blobAt(commit: string, file: string): Promise<string | undefined> {
    const r = await this.run(["rev-parse", "--verify", "--quiet", `${commit}:${file}`], { allowFail: true });
    return r.code === 0 ? r.stdout.toString("utf8").trim() : undefined;
  }

  /** Several objects at once (one `git cat-file --batch`): each blob's id and bytes, or null when missing. */
  async readBlobs(objects: string[]): Promise<(GitBlob | null)[]> {
    if (!objects.length) return [];
    const { stdout } = await this.run(["cat-file", "--batch"], { input: Buffer.from(objects.map((o) => `${o}\n`).join("")) });
    const out: (GitBlob | null)[] = [];
    let at = 0;
    for (let i = 0; i < objects.length; i++) {
      const eol = stdout.indexOf(10, at);
      const header = stdout.subarray(at, eol).toString("utf8");
      at = eol + 1;
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        out.push(null);
        continue;
      }
      const [id, type, size] = header.split(" ") as [string, string, string];
      out.push(type === "blob" ? { id, content: Buffer.from(stdout.subarray(at, at + Number(size))) } : null);
      at += Number(size) + 1;
    }
    return out;
  }

  async readFile(commit: string, file: string): Promise<Buffer | null> {
    const [blob] = await this.readBlobs([`${commit}:${file}`]);
    return blob?.content ?? null;
  }

  async mergeBase(a: string, b: string): Promise<string> {
    return (await this.text(["merge-base", a, b])).trim();
  }

  /** What changed from one commit to another: path and Git's letter (A, M, D). */
  async diff(from: string, to: string): Promise<{ path: string; status: "A" | "M" | "D" }[]> {
    const out = await this.text(["diff", "--name-status", "--no-renames", "-z", from, to, "--"]);
    const parts = out.split("\0").filter(Boolean);
    const changes: { path: string; status: "A" | "M" | "D" }[] = [];
    for (let i = 0; i + 1 < parts.length; i += 2) changes.push({ status: parts[i]!.charAt(0) as "A" | "M" | "D", path: parts[i + 1]! });
    return changes;
  }

  async lastCommit(commit: string, file?: string): Promise<CommitInfo | undefined> {
    const out = await this.text(["log", "-1", "--format=%an%x00%ae%x00%aI", commit, "--", ...(file ? [file] : [])]);
    const [author, email, date] = out.trim().split("\0");
    return author ? { author, email: email ?? "", date: date ?? "" } : undefined;
  }

  /** The first commit on `tip` that `base` lacks: who proposed a draft, and when. */
  async firstCommitSince(base: string, tip: string): Promise<CommitInfo | undefined> {
    const out = await this.text(["log", "--reverse", "--format=%an%x00%ae%x00%aI", `${base}..${tip}`]);
    const [author, email, date] = (out.split("\n")[0] ?? "").split("\0");
    return author ? { author, email: email ?? "", date: date ?? "" } : undefined;
  }

  /** Who commits: the repository's Git identity, or a name that says where the commit came from. */
  async identity(): Promise<Identity> {
    const get = async (key: string) => (await this.run(["config", "--get", key], { allowFail: true })).stdout.toString("utf8").trim();
    return { name: (await get("user.name")) || "Administrador de contenidos (local)", email: (await get("user.email")) || "cms@localhost" };
  }

  /**
   * A commit of `parent`'s tree with `changes` applied, built in a private index: nothing else of the
   * working copy (untracked files, the developer's staged changes) can end up in it.
   */
  async commitChanges(parents: string[], changes: FileChange[], message: string, who: Identity, baseTree?: string): Promise<string> {
    const tree = await this.treeWith(baseTree ?? parents[0]!, changes);
    return this.commitTree(tree, parents, message, who);
  }

  async treeWith(base: string, changes: FileChange[]): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), "portal-cms-index-"));
    const env = { GIT_INDEX_FILE: path.join(dir, "index") };
    try {
      await this.run(["read-tree", base], { env });
      const lines: string[] = [];
      for (const c of changes) {
        if (c.content === null) lines.push(`0 ${ZERO}\t${c.path}`);
        else lines.push(`100644 ${(await this.text(["hash-object", "-w", "--stdin"], { input: c.content })).trim()}\t${c.path}`);
      }
      if (lines.length) await this.run(["update-index", "--index-info"], { env, input: Buffer.from(`${lines.join("\n")}\n`) });
      return (await this.text(["write-tree"], { env })).trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async commitTree(tree: string, parents: string[], message: string, who: Identity): Promise<string> {
    const env = { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
    const args = ["commit-tree", "--no-gpg-sign", tree, ...parents.flatMap((p) => ["-p", p])];
    return (await this.text(args, { env, input: Buffer.from(message.endsWith("\n") ? message : `${message}\n`) })).trim();
  }

  /** Moves a branch from `old` (ZERO: it must not exist yet) to `next`, or fails if it moved meanwhile. */
  async moveBranch(branch: string, next: string, old: string, reason: string): Promise<void> {
    const r = await this.run(["update-ref", "-m", reason, `refs/heads/${branch}`, next, old], { allowFail: true });
    if (r.code !== 0) {
      throw new CmsRefusal(`La rama «${branch}» cambió mientras se guardaba (alguien más guardó o confirmó en ese momento). Vuelva a intentarlo.`, 409);
    }
  }

  async deleteBranch(branch: string): Promise<void> {
    const tip = await this.tip(branch);
    if (!tip) return;
    await this.run(["update-ref", "-d", `refs/heads/${branch}`, tip]);
    await this.run(["config", "--remove-section", `branch.${branch}`], { allowFail: true });
  }

  async getConfig(key: string): Promise<string | undefined> {
    const r = await this.run(["config", "--get", key], { allowFail: true });
    return r.code === 0 ? r.stdout.toString("utf8").trim() : undefined;
  }

  async setConfig(key: string, value: string): Promise<void> {
    await this.run(["config", key, value]);
  }

  /** The tree a merge of `theirs` into `ours` gives, or undefined when the two changed the same lines. */
  async mergeTree(ours: string, theirs: string): Promise<string | undefined> {
    const r = await this.run(["merge-tree", "--write-tree", "--no-messages", ours, theirs], { allowFail: true });
    if (r.code === 1) return undefined;
    if (r.code !== 0) throw new Error(`git merge-tree terminó con ${r.code}`);
    return r.stdout.toString("utf8").split("\n")[0]!.trim();
  }

  /** Paths among `paths` that the developer changed and did not commit (or left untracked). */
  async uncommitted(paths: string[]): Promise<string[]> {
    if (!paths.length) return [];
    const out = await this.text(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths.map((p) => `:(literal)${p}`)]);
    return out
      .split("\0")
      .filter(Boolean)
      .filter((entry) => /^.. /.test(entry))
      .map((entry) => entry.slice(3));
  }

  /** A merge, rebase, cherry-pick or bisect under way: Git is waiting for the developer. */
  async operationInProgress(): Promise<string | undefined> {
    for (const [file, what] of [
      ["MERGE_HEAD", "una fusión (merge)"],
      ["rebase-merge", "un rebase"],
      ["rebase-apply", "un rebase"],
      ["CHERRY_PICK_HEAD", "un cherry-pick"],
      ["REVERT_HEAD", "un revert"],
    ] as const) {
      const p = (await this.text(["rev-parse", "--git-path", file])).trim();
      if (existsSync(path.resolve(this.root, p))) return what;
    }
    return undefined;
  }

  /**
   * After the checked-out branch moved from `from` to `to`: brings the working copy and the index up to
   * date at exactly the paths that changed (checked clean before the move).
   */
  async syncWorkingCopy(from: string, to: string): Promise<string[]> {
    const changes = await this.diff(from, to);
    const kept = changes.filter((c) => c.status !== "D").map((c) => c.path);
    const gone = changes.filter((c) => c.status === "D").map((c) => c.path);
    const literal = (ps: string[]) => ps.map((p) => `:(literal)${p}`);
    if (kept.length) await this.run(["checkout", "-q", to, "--", ...literal(kept)]);
    if (gone.length) await this.run(["rm", "-q", "--ignore-unmatch", "--", ...literal(gone)]);
    return changes.map((c) => c.path);
  }
}

export interface GitOptions {
  input?: Buffer;
  env?: Record<string, string>;
  /** Resolve with the exit code instead of throwing. */
  allowFail?: boolean;
}

/** One git command; output as bytes (entries may be binary). */
export function git(cwd: string, args: string[], options: GitOptions = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", ...options.env },
      stdio: [options.input ? "pipe" : "ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (d: Buffer) => out.push(d));
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const result = { stdout: Buffer.concat(out), code: code ?? 1 };
      if (code !== 0 && !options.allowFail) {
        reject(new Error(`git ${args[0]} falló (${code}): ${Buffer.concat(err).toString("utf8").trim()}`));
      } else resolve(result);
    });
    if (options.input) {
      // A command that fails early stops reading: its exit code says why, not the broken pipe.
      child.stdin!.on("error", () => undefined);
      child.stdin!.end(options.input);
    }
  });
}
