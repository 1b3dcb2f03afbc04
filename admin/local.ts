/**
 * On a developer's machine the dev server runs the CMS's backend (src/dev/cms-backend.ts) on a port of
 * its own and says where in /admin/servidor-local.json. Online that file does not exist.
 */
export interface LocalBackend {
  url: string;
  /** Why the CMS cannot work here, said to the editor on the login page. */
  problem?: string;
}

export const isLocal = ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);

export async function findLocalBackend(): Promise<LocalBackend> {
  try {
    const res = await fetch("/admin/servidor-local.json", { cache: "no-store" });
    if (res.ok) return (await res.json()) as LocalBackend;
  } catch {
    // Unreachable: said below.
  }
  return {
    url: "",
    problem: "Este administrador necesita el servidor de desarrollo: en la carpeta del proyecto ejecute «npm start» y abra la dirección que muestra, terminada en /admin/.",
  };
}
