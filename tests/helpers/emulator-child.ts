/**
 * A child process for the tests: Netlify's emulator for /api/* in front of a built site, on 127.0.0.1 at
 * a random port. It prints `PORTAL_URL=…` when ready. Lines on stdin steer storage failures:
 * `fault <regex>` makes writes of matching Blobs keys fail with a 500, `fault off` stops it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { serveStatic } from "../../src/bench/serve.ts";
import { setBlobWriteFault, startNetlifyEmulator } from "../../src/dev/netlify.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const siteDir = process.env.PORTAL_SITE_DIR || mkdtempSync(path.join(tmpdir(), "portal-vacio-"));

const emulator = await startNetlifyEmulator({ projectRoot: ROOT });
const served = await serveStatic(path.resolve(siteDir), () => ({}), { before: emulator.middleware });
process.stdout.write(`PORTAL_URL=${served.url}\n`);

createInterface({ input: process.stdin }).on("line", (line) => {
  const [cmd, arg] = line.trim().split(/\s+/, 2);
  if (cmd === "fault") {
    setBlobWriteFault(arg && arg !== "off" ? (key) => new RegExp(arg).test(key) : undefined);
    process.stdout.write(`FAULT=${arg}\n`);
  }
});

async function stop() {
  await served.close().catch(() => undefined);
  await emulator.stop().catch(() => undefined);
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
