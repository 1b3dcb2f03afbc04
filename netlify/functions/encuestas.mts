/**
 * Survey answers (src/functions/surveys.ts): the form's POST, the thanks, and the image that starts the
 * form's clock. Stores in the site's Netlify Blobs store «pqrsd», under «encuestas/», with strong consistency.
 */
import { getStore } from "@netlify/blobs";
import { handleSurveys } from "../../src/functions/surveys.ts";
import { STORE_NAME } from "../../src/pqrsd/store.ts";

export default async (req: Request, context: { ip?: string }) => {
  const origin = new URL(req.url).origin;
  return handleSurveys(req, {
    store: getStore({ name: process.env.PQRSD_STORE || STORE_NAME, consistency: "strong" }),
    env: process.env,
    fetchSite: (path) => fetch(new URL(path, origin), { headers: { accept: "text/html,application/json" } }),
    ip: context?.ip,
  });
};

export const config = { path: ["/api/participa/encuestas", "/api/participa/encuestas/inicio.gif", "/api/participa/encuestas/gracias"] };
