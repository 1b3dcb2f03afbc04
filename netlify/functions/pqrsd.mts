/**
 * PQRSD filings (src/functions/pqrsd.ts): the form's POST, its receipt, and the image that starts the
 * form's clock. Stores in the site's Netlify Blobs store «pqrsd» with strong consistency.
 */
import { getStore } from "@netlify/blobs";
import { handlePqrsd } from "../../src/functions/pqrsd.ts";
import { STORE_NAME } from "../../src/pqrsd/store.ts";

export default async (req: Request, context: { ip?: string }) => {
  const origin = new URL(req.url).origin;
  return handlePqrsd(req, {
    store: getStore({ name: process.env.PQRSD_STORE || STORE_NAME, consistency: "strong" }),
    env: process.env,
    fetchSite: (path) => fetch(new URL(path, origin), { headers: { accept: "text/html,application/json" } }),
    ip: context?.ip,
  });
};

export const config = { path: ["/api/pqrsd", "/api/pqrsd/inicio.gif", "/api/pqrsd/recibo"] };
