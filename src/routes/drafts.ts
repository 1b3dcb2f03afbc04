/**
 * Draft rules for comment: their listing, each draft's page, and what the comments function needs to
 * know of each (its window, public facts only) as JSON beside the page.
 */
import { draftWindow, windowState } from "../content/drafts.ts";
import type { Portal } from "../content/types.ts";
import { safeJson } from "../text/json.ts";
import { DraftsIndex } from "../../layouts/pages/DraftsIndex.tsx";
import { DRAFTS_URL } from "../../layouts/pages/DraftPage.tsx";
import { entryRoutes } from "./pages.ts";
import { channelContact } from "./pqrsd.ts";
import { pageRoute } from "./render.ts";
import type { Route } from "./types.ts";

/** Beside each draft's page: `/participa/proyectos/<id>/ventana.json`. */
export const windowJsonUrl = (draftUrl: string) => `${draftUrl}ventana.json`;

export function draftRoutes(portal: Portal, script: string, unpublished = false): Route[] {
  const drafts = portal.entries.proyectos;
  const now = portal.buildTime;
  const contact = channelContact(portal.site);
  const routes: Route[] = [
    pageRoute(DRAFTS_URL, "listado de proyectos de normas", DraftsIndex, { items: drafts.map((entry) => ({ entry, state: windowState(entry.data, now) })) },
      { title: "Proyectos de normas para comentarios", section: "Participa" }),
    ...entryRoutes(portal, "proyectos", () => ({ now, acts: portal.entries.normativa, contact, commentScript: script }), unpublished),
  ];
  // Only published drafts take comments: a scheduled or hidden one has no window file, and the function refuses it.
  for (const entry of drafts) {
    routes.push({ url: windowJsonUrl(entry.url), source: entry.file, props: draftWindow(entry), render: (w: ReturnType<typeof draftWindow>) => safeJson(w) });
  }
  return routes;
}
