/**
 * `npm run pqrsd:clave -- usuario`: asks for a password and prints the `usuario:scrypt$…` entry to add to
 * PQRSD_PERSONAL in Netlify (Site configuration → Environment variables). The password is never stored.
 */
import { createInterface } from "node:readline";
import { hashPassword } from "../src/pqrsd/auth.ts";

const user = process.argv[2];
if (!user || !/^[a-z0-9._-]{2,40}$/i.test(user)) {
  console.error("Uso: npm run pqrsd:clave -- usuario   (letras, números, punto, guion; sin espacios)");
  process.exit(1);
}
const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
// Hide what is typed: the prompt is written once, the echo of each key is not.
const output = rl as unknown as { _writeToOutput: (s: string) => void };
let prompted = false;
output._writeToOutput = (s: string) => {
  if (!prompted) {
    process.stderr.write(s);
    prompted = true;
  }
};
rl.question(`Contraseña para «${user}» (al menos 12 caracteres): `, (password) => {
  rl.close();
  process.stderr.write("\n");
  if (password.length < 12) {
    console.error("La contraseña debe tener al menos 12 caracteres.");
    process.exit(1);
  }
  console.log(`${user}:${hashPassword(password)}`);
});
