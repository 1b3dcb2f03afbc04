/** The site served with the headers netlify.toml gives it: no page breaks its own policy. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { headersForPath, loadHeaderRules } from "../../src/security/headers.ts";
import { ROOT } from "../helpers/build.ts";
import { useBrowserAndSite } from "./harness.ts";

const siteDir = inject("siteDir");
// HSTS and upgrade-insecure-requests mean nothing on http://127.0.0.1; everything else applies as on Netlify.
const site = useBrowserAndSite(siteDir, async () => {
  const rules = await loadHeaderRules(path.join(ROOT, "netlify.toml"));
  return (p) => {
    const h = { ...headersForPath(rules, p) };
    delete h["Strict-Transport-Security"];
    if (h["Content-Security-Policy"]) h["Content-Security-Policy"] = h["Content-Security-Policy"].replace(/;\s*upgrade-insecure-requests/, "");
    return h;
  };
});

describe("Content-Security-Policy from netlify.toml", () => {
  const news = () => new URL(JSON.parse(readFileSync(path.join(siteDir, "feeds/noticias.json"), "utf8")).items[0].url).pathname;

  for (const [name, url] of [["inicio", "/"], ["noticia", ""], ["buscar", "/buscar/?q=municipal"]] as const) {
    it(`${name} shows no CSP violation`, async () => {
      const page = await site.browser.newPage();
      const violations: string[] = [];
      page.on("console", (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to ${e.violatedDirective}: ${e.blockedURI}`));
      });
      const response = await page.goto(site.served.url + (url || news()), { waitUntil: "networkidle" });
      expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
      if (name === "buscar") {
        await page.waitForSelector("#resultados li");
        expect(await page.locator("#resultados li").count()).toBeGreaterThan(0);
      }
      await page.close();
      expect(violations).toEqual([]);
    });
  }
});
