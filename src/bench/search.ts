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

/**
 * Lighthouse's mobile profile (its «Slow 4G»): 150 ms round trip, 1.6 Mbps down, 750 kbps up, a CPU four
 * times slower than this machine's.
 */
export const MOBILE_PROFILE = { latencyMs: 150, downKbps: 1638.4, upKbps: 750, cpuSlowdown: 4 };

/**
 * What a citizen waits for: from the navigation to `url` (a cold cache, the mobile profile) until the
 * first element matching `resultSelector` is visible. Each run in a fresh browser context.
 */
export async function timeToFirstResult(url: string, resultSelector: string, runs = 3, profile = MOBILE_PROFILE): Promise<number[]> {
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: profile.latencyMs,
        downloadThroughput: (profile.downKbps * 1024) / 8,
        uploadThroughput: (profile.upKbps * 1024) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
      const started = Date.now();
      await page.goto(url, { waitUntil: "commit" });
      await page.locator(resultSelector).first().waitFor({ state: "visible", timeout: 60_000 });
      times.push(Date.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/** A page with Pagefind's own default UI that runs the query in its address, as the stock setup would. */
export const PAGEFIND_DEFAULT_UI = `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Buscar</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({ element: "#search", showSubResults: false });
  const q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
});</script></body></html>
`;
