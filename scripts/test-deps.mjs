/**
 * Before `npm test`: the programs the tests use that npm cannot install. The browser tests drive
 * Chromium (Playwright's own download cannot run here) and the feed tests read our feeds with Python's
 * feedparser, as a feed reader would. On Debian or Ubuntu they are installed when missing, if this user
 * may (root, or sudo without a password); otherwise one line says what to run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"].filter(Boolean);

const has = {
  chromium: () => CHROMIUM.some((p) => existsSync(p)),
  // Debian's Python, where python3-feedparser installs (another python3 may come first in PATH).
  feedparser: () => spawnSync("/usr/bin/python3", ["-c", "import feedparser"], { stdio: "ignore" }).status === 0,
};
const packages = { chromium: "chromium", feedparser: "python3-feedparser" };

const missing = Object.keys(has).filter((k) => !has[k]());
if (missing.length === 0) process.exit(0);

const names = missing.map((k) => packages[k]);
const command = `apt-get install -y ${names.join(" ")}`;
const canApt = existsSync("/usr/bin/apt-get");
const isRoot = process.getuid?.() === 0;
const sudo = !isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;

if (!canApt || (!isRoot && !sudo)) {
  const are = names.length > 1 ? "que no están instalados" : "que no está instalado";
  console.error(`Las pruebas necesitan ${names.join(" y ")}, ${are}: ejecute \`sudo ${command}\` y vuelva a correr \`npm test\`.`);
  process.exit(1);
}

console.log(`Instalando lo que las pruebas necesitan y npm no instala: ${names.join(", ")}…`);
// apt's own chatter («debconf: delaying package configuration…») is shown only if it fails.
const run = (args) => {
  try {
    execFileSync(isRoot ? args[0] : "sudo", isRoot ? args.slice(1) : args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  } catch (e) {
    process.stderr.write(e.stderr ?? "");
    throw e;
  }
};
// Another apt (an unattended upgrade, a second `npm test`) may hold the lock: wait for it rather than fail.
const WAIT = ["-o", "DPkg::Lock::Timeout=600"];
const failed = () => {
  console.error(`No se pudo instalar ${names.join(", ")}: ejecute \`sudo ${command}\` y vuelva a correr \`npm test\`.`);
  process.exit(1);
};
try {
  run(["apt-get", ...WAIT, "update", "-qq"]);
  run(["apt-get", ...WAIT, "install", "-y", "-qq", ...names]);
} catch {
  // Ubuntu names Debian's chromium package chromium-browser.
  if (!missing.includes("chromium")) failed();
  try {
    run(["apt-get", ...WAIT, "install", "-y", "-qq", ...names.map((n) => (n === "chromium" ? "chromium-browser" : n))]);
  } catch {
    failed();
  }
}
const still = Object.keys(has).filter((k) => !has[k]());
if (still.length) {
  console.error(`Siguen faltando ${still.map((k) => packages[k]).join(" y ")}: ejecute \`sudo ${command}\` y vuelva a correr \`npm test\`.`);
  process.exit(1);
}
