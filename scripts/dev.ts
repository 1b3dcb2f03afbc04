/**
 * `npm start`: the dev server on http://localhost:8080 with live reload, over the content in content/.
 * Eleventy runs in its own process so that a crash in one tool does not leave the other running.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", env: process.env });
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`${name} terminó (${signal ?? code}); se detiene el servidor de desarrollo.`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0): void {
  stopping = true;
  for (const c of children) c.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

// The package exports no path to its CLI; npm always installs it here.
const eleventyCli = fileURLToPath(new URL("../node_modules/@11ty/eleventy/cmd.cjs", import.meta.url));
run("Eleventy", process.execPath, ["--import", "tsx", eleventyCli, "--config=.eleventy.ts", "--serve", "--port=8080", "--quiet"]);
