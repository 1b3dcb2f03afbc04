/**
 * Starts Netlify's emulator (src/dev/netlify.ts) in a child process, with its own Blobs store, and keeps
 * everything it prints: the tests check that no personal data reaches the logs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { ROOT } from "./build.ts";

export interface Emulator {
  url: string;
  store: string;
  output(): string;
  setFault(pattern: string | undefined): Promise<void>;
  /** Reads the emulator's local Blobs store directly, as the build does. */
  openStore(): Promise<{ store: ReturnType<typeof getStore>; close(): Promise<void> }>;
  stop(): Promise<void>;
}

export const BLOBS_DIR = path.join(ROOT, ".netlify", "blobs-serve");

export async function startEmulator(options: { env?: Record<string, string>; siteDir?: string } = {}): Promise<Emulator> {
  const store = `prueba-${randomBytes(4).toString("hex")}`;
  let out = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "tests/helpers/emulator-child.ts")], {
    cwd: ROOT,
    env: { ...process.env, PQRSD_STORE: store, PORTAL_SITE_DIR: options.siteDir ?? "", ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const waiters: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) {
      const m = out.match(w.re);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const waitFor = (re: RegExp, ms = 60_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const m = out.match(re);
      if (m) return resolve(m);
      const t = setTimeout(() => reject(new Error(`el emulador no respondió (${re}):\n${out}`)), ms);
      waiters.push({ re, resolve: (x) => (clearTimeout(t), resolve(x)) });
      child.once("exit", (code) => reject(new Error(`el emulador terminó (${code}):\n${out}`)));
    });
  const url = (await waitFor(/PORTAL_URL=(\S+)/))[1]!;
  let faults = 0;
  return {
    url,
    store,
    output: () => out,
    async setFault(pattern) {
      faults++;
      child.stdin!.write(`fault ${pattern ?? "off"}\n`);
      await waitFor(new RegExp(`(?:FAULT=\\S+\\n[\\s\\S]*){${faults}}`));
    },
    async openStore() {
      const server = new BlobsServer({ directory: BLOBS_DIR, token: "pruebas" });
      const { port } = await server.start();
      const siteID = readdirSync(path.join(BLOBS_DIR, "entries"))[0] ?? "unlinked";
      const s = getStore({ name: store, siteID, token: "pruebas", edgeURL: `http://127.0.0.1:${port}`, uncachedEdgeURL: `http://127.0.0.1:${port}` } as Parameters<typeof getStore>[0] & object);
      return { store: s, close: () => server.stop() };
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      // The test's filings are made up, but they are filings: leave none behind.
      for (const kind of ["entries", "metadata"]) {
        let sites: string[] = [];
        try {
          sites = readdirSync(path.join(BLOBS_DIR, kind));
        } catch {
          continue;
        }
        for (const site of sites) rmSync(path.join(BLOBS_DIR, kind, site, `site:${store}`), { recursive: true, force: true });
      }
    },
  };
}
