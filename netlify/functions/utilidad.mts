/**
 * «¿Le fue útil esta página?» (src/functions/feedback.ts): the vote's POST and its thanks. Stores in the
 * PQRSD channel's Netlify Blobs store, under `utilidad/`, with strong consistency.
 */
import { getStore } from "@netlify/blobs";
import { handleFeedback } from "../../src/functions/feedback.ts";
import { STORE_NAME } from "../../src/pqrsd/store.ts";

export default async (req: Request, context: { ip?: string }) => {
  const origin = new URL(req.url).origin;
  return handleFeedback(req, {
    store: getStore({ name: process.env.PQRSD_STORE || STORE_NAME, consistency: "strong" }),
    env: process.env,
    fetchSite: (path) => fetch(new URL(path, origin), { headers: { accept: "text/html" } }),
    ip: context?.ip,
  });
};

// Literal paths: Netlify reads this object without running the module.
export const config = { path: ["/api/participa/utilidad", "/api/participa/utilidad/gracias"] };
