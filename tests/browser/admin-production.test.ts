/**
 * The admin as it is online, served under the headers of netlify.toml at https://palmar.test (Playwright
 * answers for that name from the built files: an https origin, as on Netlify, with no certificate to
 * make): the login page of the Git host sitio.yaml names, in Spanish,
 * with the Alcaldía's name and logo, and no CSP violation. Signing in cannot happen here (no GitHub, no
 * GitLab, no Netlify): the test follows the login button to the request it makes to the Git host's
 * login, checks that request, and stops it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMIUM_ARGS } from "../../src/bench/search.ts";
import { adminCspHosts } from "../../src/cms/config.ts";
import { parseFrontMatter } from "../../src/content/frontmatter.ts";
import { bundleAdmin } from "../../src/pipeline/admin.ts";
import { siteSchema, type SiteData } from "../../src/schema/site.ts";
import { headersForPath, loadHeaderRules } from "../../src/security/headers.ts";
import { ROOT } from "../helpers/build.ts";
import { MIME } from "../../src/bench/serve.ts";
import { chromiumPath, screenshot } from "./harness.ts";

const siteDir = inject("siteDir");
const palmar = siteSchema.parse(parseFrontMatter(`---\n${readFileSync(path.join(ROOT, "content/sitio.yaml"), "utf8")}\n---\n`).data) as SiteData;
const gitlab: SiteData = { ...palmar, cms: { ...palmar.cms, backend: "gitlab", repo: "alcaldia-palmar/portal", gitlab_app_id: "a1b2c3d4e5", preview_context: undefined } };

let githubRoot: string;
let gitlabRoot: string;
let browser: Browser;
let scratch: string;
const ORIGIN = "https://palmar.test";

/** netlify.toml's headers; for GitLab, its hosts instead of GitHub's (README, «Conexión en producción»). */
async function headers(site: SiteData) {
  const rules = await loadHeaderRules(path.join(ROOT, "netlify.toml"));
  const hosts = adminCspHosts(site);
  return (p: string) => {
    const h = { ...headersForPath(rules, p) };
    if (h["Content-Security-Policy"] && site.cms.backend === "gitlab") {
      h["Content-Security-Policy"] = h["Content-Security-Policy"]
        .replace(/connect-src [^;]+/, `connect-src 'self' ${hosts.connect.join(" ")}`)
        .replace(/img-src [^;]+/, `img-src 'self' data: blob: ${hosts.img.join(" ")}`);
    }
    return h;
  };
}

beforeAll(async () => {
  githubRoot = siteDir;
  // GitLab's admin: the same site, its own bundle.
  scratch = mkdtempSync(path.join(tmpdir(), "portal-admin-gitlab-"));
  const bundle = await bundleAdmin(ROOT, gitlab, path.join(scratch, "cache"));
  gitlabRoot = path.join(scratch, "site");
  cpSync(bundle.dir, path.join(gitlabRoot, "admin"), { recursive: true });
  mkdirSync(path.join(gitlabRoot, "media"), { recursive: true });
  cpSync(path.join(ROOT, "content/media/identidad"), path.join(gitlabRoot, "media/identidad"), { recursive: true });
  cpSync(path.join(siteDir, "favicon.svg"), path.join(gitlabRoot, "favicon.svg"));
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/**
 * The admin at https://palmar.test from `root`, under `site`'s headers; a page that records CSP
 * violations and every request that leaves the site, which it stops.
 */
async function openLogin(root: string, site: SiteData): Promise<{ page: Page; violations: string[]; outside: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const headerFor = await headers(site);
  const violations: string[] = [];
  const outside: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      outside.push(url.href);
      return route.abort();
    }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, body: readFileSync(file), headers: { "content-type": MIME[path.extname(file)] ?? "application/octet-stream", ...headerFor(url.pathname) } });
  });
  const page = await context.newPage();
  page.on("console", (m) => /Content Security Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to ${e.violatedDirective}: ${e.blockedURI}`)));
  await page.goto(`${ORIGIN}/admin/`, { waitUntil: "networkidle" });
  return { page, violations, outside };
}

describe("the admin online", () => {
  it("signs in with GitHub through Netlify, on the Alcaldía's own page", { timeout: 60_000 }, async () => {
    const { page, violations, outside } = await openLogin(githubRoot, palmar);
    await page.getByRole("heading", { name: "Administrador de contenidos del portal" }).waitFor();
    const text = await page.locator("body").innerText();
    expect(text).toContain("Alcaldía Municipal de Palmar");
    expect(text).toContain("Entre con su propia cuenta de GitHub, la que la Alcaldía autorizó en el repositorio «alcaldia-palmar/portal».");
    expect(text).not.toMatch(/\b(Login|Email|Password|Ready|Decap CMS)\b/);
    const logo = page.getByRole("img", { name: "Logo de Alcaldía Municipal de Palmar" });
    expect(await logo.getAttribute("src")).toBe("/media/identidad/logo-alcaldia.svg");
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    await screenshot(page, "admin-entrada-github");
    expect(outside).toEqual([]);

    // The button opens Netlify's OAuth provider for GitHub in a pop-up, for this site, asking for «repo».
    const popup = page.context().waitForEvent("page");
    await page.getByRole("button", { name: "Iniciar sesión con GitHub" }).click();
    await (await popup).waitForLoadState().catch(() => undefined);
    const auth = new URL(outside.find((u) => u.startsWith("https://api.netlify.com/"))!);
    expect(auth.pathname).toBe("/auth");
    expect(Object.fromEntries(auth.searchParams)).toEqual({ provider: "github", site_id: "palmar.test", scope: "repo" });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it("signs in with GitLab by PKCE, with no server holding a secret", { timeout: 60_000 }, async () => {
    const { page, violations, outside } = await openLogin(gitlabRoot, gitlab);
    await page.getByText("Entre con su propia cuenta de GitLab, la que la Alcaldía autorizó en el proyecto «alcaldia-palmar/portal».").waitFor();
    await screenshot(page, "admin-entrada-gitlab");
    await page.getByRole("button", { name: "Iniciar sesión con GitLab" }).click();
    const authorize = new URL(await (async () => {
      for (let i = 0; i < 100 && !outside.some((u) => u.startsWith("https://gitlab.com/")); i++) await page.waitForTimeout(100);
      return outside.find((u) => u.startsWith("https://gitlab.com/"))!;
    })());
    expect(authorize.origin + authorize.pathname).toBe("https://gitlab.com/oauth/authorize");
    const q = Object.fromEntries(authorize.searchParams);
    expect(q).toMatchObject({ client_id: "a1b2c3d4e5", response_type: "code", scope: "api", code_challenge_method: "S256", redirect_uri: `${ORIGIN}/admin/` });
    expect(q.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
