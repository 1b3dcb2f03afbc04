/**
 * Comments on draft rules (src/functions/comments.ts): the form's POST, its thanks, and the image that
 * starts the form's clock. Stored in the PQRSD channel's Netlify Blobs store, under «comentarios/».
 */
import { getStore } from "@netlify/blobs";
import { handleComments } from "../../src/functions/comments.ts";
import { STORE_NAME } from "../../src/pqrsd/store.ts";

export default async (req: Request, context: { ip?: string }) => {
  const origin = new URL(req.url).origin;
  return handleComments(req, {
    store: getStore({ name: process.env.PQRSD_STORE || STORE_NAME, consistency: "strong" }),
    env: process.env,
    fetchSite: (path) => fetch(new URL(path, origin), { headers: { accept: "text/html,application/json" } }),
    ip: context?.ip,
  });
};

export const config = { path: ["/api/participa/comentarios", "/api/participa/comentarios/inicio.gif", "/api/participa/comentarios/recibido"] };
