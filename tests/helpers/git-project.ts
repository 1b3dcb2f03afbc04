/** A throwaway project under Git, with the fixture site as content/: what the local CMS backend works on. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FIXTURE_SITE } from "./build.ts";

export const EDITOR = { name: "Ana Editora", email: "ana@palmar.example" };

export function sh(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** A repository on branch `main` with one commit holding content/ (the fixture site). */
export function gitProject(prefix = "portal-git-"): { dir: string; content: string } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(FIXTURE_SITE, path.join(dir, "content"), { recursive: true });
  sh(dir, "init", "-q", "-b", "main");
  sh(dir, "config", "user.name", EDITOR.name);
  sh(dir, "config", "user.email", EDITOR.email);
  sh(dir, "config", "commit.gpgsign", "false");
  sh(dir, "add", "-A");
  sh(dir, "commit", "-q", "-m", "Contenido inicial");
  return { dir, content: path.join(dir, "content") };
}

/** The files a commit touched. */
export function filesOf(dir: string, commit: string): string[] {
  return sh(dir, "show", "--name-only", "--format=", commit).split("\n").filter(Boolean);
}
