import { readdirSync } from "node:fs";
import path from "node:path";

export function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? allFiles(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/** The file a site URL is served from: "/a/" → a/index.html. */
export function fileForUrl(siteDir: string, url: string): string {
  const clean = decodeURIComponent(url.split(/[?#]/)[0]!);
  return path.join(siteDir, clean.endsWith("/") ? `${clean}index.html` : clean);
}
