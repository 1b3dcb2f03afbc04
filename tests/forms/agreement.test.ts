/**
 * Browser and server accept and refuse the same PQRSD submissions: the validator the page's script
 * bundles runs in Chromium, the one the Netlify Function imports runs here in Node, on the same cases.
 */
import { build } from "esbuild";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PQRSD_FORM } from "../../src/forms/pqrsd.ts";
import { validateForm, type FieldError } from "../../src/forms/validate.ts";
import { launchBrowser } from "../browser/harness.ts";
import { ROOT } from "../helpers/build.ts";
import { CASES } from "./cases.ts";

let browser: Browser;
let inBrowser: (values: unknown, files: unknown) => Promise<FieldError[]>;

beforeAll(async () => {
  // The same modules the page script bundles (layouts/scripts/pqrsd.ts), with the same target.
  const bundle = await build({
    stdin: {
      contents: `import { validateForm } from "./src/forms/validate.ts"; import { PQRSD_FORM } from "./src/forms/pqrsd.ts"; window.__validate = (v, f) => validateForm(PQRSD_FORM, v, f).errors;`,
      resolveDir: ROOT,
      loader: "ts",
    },
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
  });
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.setContent("<!DOCTYPE html><html lang=es><body></body></html>");
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  inBrowser = (values, files) => page.evaluate(([v, f]) => (window as unknown as { __validate: (a: unknown, b: unknown) => FieldError[] }).__validate(v, f), [values, files] as const);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("el navegador y el servidor validan igual", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const server = validateForm(PQRSD_FORM, c.values, c.files ?? []).errors;
      const browserErrors = await inBrowser(c.values, c.files ?? []);
      expect(browserErrors).toEqual(server);
    });
  }

  it("el script de la página es pequeño", async () => {
    const out = await build({ entryPoints: [path.join(ROOT, "layouts/scripts/pqrsd.ts")], bundle: true, minify: true, format: "iife", target: "es2020", write: false });
    expect(out.outputFiles[0]!.contents.byteLength).toBeLessThan(16 * 1024);
  });
});
