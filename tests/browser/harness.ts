/**
 * Browser tests drive Debian's Chromium with playwright-core. Playwright's own browser download cannot
 * work on these machines; a missing Chromium fails the tests with a message saying how to install it.
 */
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { chromium, type Browser, type Page } from "playwright-core";
import type { AxeResults } from "axe-core";
import { CHROMIUM_ARGS } from "../../src/bench/search.ts";
import { ROOT } from "../helpers/build.ts";

import { afterAll, beforeAll } from "vitest";
import { serveStatic, type Served } from "../../src/bench/serve.ts";

export { serveStatic };

/** Chromium and the built site on loopback for the tests of one file, closed after them. */
export function useBrowserAndSite(siteDir: string, headers?: () => Promise<(urlPath: string) => Record<string, string>>) {
  const ctx = {} as { browser: Browser; served: Served };
  beforeAll(async () => {
    ctx.browser = await launchBrowser();
    ctx.served = await serveStatic(siteDir, headers ? await headers() : undefined);
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.served?.close();
  });
  return ctx;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p)) ?? spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim();
  if (!found) {
    throw new Error(
      "Chromium no está instalado: ejecute `apt-get install -y chromium` (o defina CHROMIUM_PATH). Las pruebas de navegador no se omiten.",
    );
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core with the WCAG 2.1 A and AA rules. Injected through the DevTools protocol, so CSP does not block it. */
export async function runAxe(page: Page): Promise<AxeResults> {
  await page.evaluate(axeSource);
  return page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  );
}

export function formatViolations(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n")}`)
    .join("\n");
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(ROOT, "tests/.artifacts/screenshots");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Every request that leaves the served origin. */
export function collectExternalRequests(page: Page, origin: string): string[] {
  const external: string[] = [];
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) external.push(url);
  });
  return external;
}
