/** Lighthouse (npm package, mobile preset) with Debian's Chromium on the built site, served on loopback. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS } from "./search.ts";
import { serveStatic } from "./serve.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export interface LighthouseScores {
  url: string;
  scores: Record<string, number>;
}

export async function measureLighthouse(siteDir: string, urls: string[]): Promise<LighthouseScores[]> {
  const served = await serveStatic(siteDir);
  const dir = mkdtempSync(path.join(tmpdir(), "portal-lighthouse-"));
  try {
    const results: LighthouseScores[] = [];
    for (const url of urls) {
      const report = path.join(dir, "report.json");
      // Asynchronous: the site is served from this same process.
      const child = spawn(
        path.join(ROOT, "node_modules/.bin/lighthouse"),
        [
          served.url + url,
          "--quiet",
          "--form-factor=mobile",
          "--only-categories=performance,accessibility,best-practices,seo",
          "--output=json",
          `--output-path=${report}`,
          `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "pipe"] },
      );
      let stderr = "";
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
      if (code !== 0) throw new Error(`Lighthouse falló en ${url}:\n${stderr}`);
      const categories = JSON.parse(readFileSync(report, "utf8")).categories as Record<string, { score: number }>;
      results.push({ url, scores: Object.fromEntries(Object.entries(categories).map(([k, v]) => [k, Math.round(v.score * 100)])) });
    }
    return results;
  } finally {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
