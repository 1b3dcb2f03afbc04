/** What a cold search costs a citizen: requests and bytes to /pagefind/, measured in Chromium. */
import { chromium, type Browser } from "playwright-core";
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { serveStatic } from "./serve.ts";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface SearchCost {
  /** Bytes of Pagefind fetched by a page that is not /buscar/. */
  beforeBytes: number;
  requests: number;
  bytes: number;
  /** The same, with the JavaScript and JSON gzip-compressed as Netlify sends them; Pagefind's index files are compressed already. */
  gzipBytes: number;
  files: { url: string; bytes: number; gzipBytes: number }[];
  results: number;
}

export async function measureSearch(siteDir: string, term = "acueducto"): Promise<SearchCost> {
  const served = await serveStatic(siteDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files: SearchCost["files"] = [];
    page.on("requestfinished", async (req) => {
      const url = new URL(req.url());
      if (!url.pathname.startsWith("/pagefind/")) return;
      const sizes = await req.sizes();
      // The body's size from the file itself: Chromium reports 0 for the body of a worker's script.
      const body = readFileSync(path.join(siteDir, url.pathname));
      // Netlify compresses JavaScript and JSON; Pagefind's index files are gzip already.
      const sent = /\.(?:js|json)$/.test(url.pathname) ? gzipSync(body).length : body.length;
      files.push({ url: url.pathname, bytes: body.length + sizes.responseHeadersSize, gzipBytes: sent + sizes.responseHeadersSize });
    });
    await page.goto(`${served.url}/noticias/`, { waitUntil: "networkidle" });
    const beforeBytes = files.reduce((s, f) => s + f.bytes, 0);
    files.length = 0;
    await page.goto(`${served.url}/buscar/?q=${encodeURIComponent(term)}`, { waitUntil: "networkidle" });
    await page.waitForSelector("#resultados li", { timeout: 15_000 });
    await page.waitForLoadState("networkidle");
    const results = await page.locator("#resultados li").count();
    const sum = (key: "bytes" | "gzipBytes") => files.reduce((s, f) => s + f[key], 0);
    return { beforeBytes, requests: files.length, bytes: sum("bytes"), gzipBytes: sum("gzipBytes"), files, results };
  } finally {
    await browser.close();
    await served.close();
  }
}
