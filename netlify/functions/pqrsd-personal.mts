/**
 * The staff area of the PQRSD channel (src/functions/pqrsd-staff.ts), behind the credentials of PQRSD_PERSONAL.
 */
import { getStore } from "@netlify/blobs";
import { handleStaff } from "../../src/functions/pqrsd-staff.ts";
import { STORE_NAME } from "../../src/pqrsd/store.ts";

export default async (req: Request) => {
  const origin = new URL(req.url).origin;
  return handleStaff(req, {
    store: getStore({ name: process.env.PQRSD_STORE || STORE_NAME, consistency: "strong" }),
    env: process.env,
    fetchSite: (path) => fetch(new URL(path, origin)),
  });
};

export const config = { path: ["/api/pqrsd/personal", "/api/pqrsd/personal/*"] };
