/**
 * /admin/: Decap CMS, configured from our content schemas, with previews that render the site's own page
 * components. Bundled by esbuild (src/pipeline/admin.ts) into one local file: nothing loads from another host.
 */
import CMS from "decap-cms-app";
import { createElement, type ComponentType, type ReactElement } from "react";
import { DateTime } from "luxon";
import { cmsConfig } from "../src/cms/config.ts";
import { describe, entryUrl } from "../src/content/entry.ts";
import type { Entry, Portal } from "../src/content/load.ts";
import { ZONE } from "../src/dates/index.ts";
import { defineCollections, entrySchema, type CollectionName } from "../src/schema/collections.ts";
import { spanishMessage } from "../src/schema/fields.ts";
import type { SiteData } from "../src/schema/site.ts";
import type { PageContext } from "../src/routes/context.ts";
import { PreviewMode } from "../layouts/Layout.tsx";
import { NewsArticle } from "../layouts/pages/NewsArticle.tsx";
import { ActPage } from "../layouts/pages/ActPage.tsx";
import { PlanPage } from "../layouts/pages/PlanPages.tsx";
import { StaticPage } from "../layouts/pages/Misc.tsx";
import { AgreementPage, EventPage } from "../layouts/pages/Events.tsx";

// Written in at bundle time from content/sitio.yaml, validated by the same schema as the build.
declare const __PORTAL_SITE__: SiteData;
const site = __PORTAL_SITE__;
const collections = defineCollections(site);
const local = ["localhost", "127.0.0.1", "[::1]"].includes(location.hostname);

/** A portal with this site's identity and no other entries: what a page needs around one entry. */
function previewPortal(): Portal {
  const empty = { noticias: [], normativa: [], planes: [], paginas: [], eventos: [], convenios: [] };
  return {
    site,
    transparency: { intro: "", categories: [] },
    collections,
    entries: empty,
    all: { noticias: new Map(), normativa: new Map(), planes: new Map(), paginas: new Map(), eventos: new Map(), convenios: new Map() },
    buildTime: DateTime.now().setZone(ZONE),
    contentDir: "",
  };
}

const PAGES: Record<CollectionName, (ctx: PageContext, entry: Entry) => ReactElement> = {
  noticias: (ctx, entry) => createElement(NewsArticle, { ctx, entry: entry as Entry<"noticias"> }),
  normativa: (ctx, entry) => createElement(ActPage, { ctx, entry: entry as Entry<"normativa">, relations: { modifiedBy: [], repealedBy: undefined, modifies: [], repeals: [] } }),
  planes: (ctx, entry) => createElement(PlanPage, { ctx, entry: entry as Entry<"planes"> }),
  paginas: (ctx, entry) => createElement(StaticPage, { ctx, entry: entry as Entry<"paginas"> }),
  eventos: (ctx, entry) => createElement(EventPage, { ctx, entry: entry as Entry<"eventos"> }),
  convenios: (ctx, entry) => createElement(AgreementPage, { ctx, entry: entry as Entry<"convenios"> }),
};

interface PreviewProps {
  entry: { get(key: string): unknown; getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined };
}

/** The label the editor sees on the form, not the key in the file. */
function fieldLabel(name: CollectionName, path: PropertyKey[]): string {
  const spec = (collections[name].fields as Record<string, { spec: { label: string } }>)[String(path[0])]?.spec;
  return `«${spec?.label ?? String(path[0])}»${path.length > 1 ? ` (${path.slice(1).join(".")})` : ""}`;
}

function previewFor(name: CollectionName): ComponentType<PreviewProps> {
  return function Preview({ entry }: PreviewProps) {
    const { body = "", ...fields } = entry.getIn(["data"])?.toJS() ?? {};
    const result = entrySchema(collections[name]).safeParse(fields);
    if (!result.success) {
      // The same check as the build, in the same words: the editor sees now what would stop the build.
      return createElement(
        "main",
        { className: "envoltura" },
        createElement("div", { className: "aviso" }, [
          createElement("p", { key: "t" }, createElement("strong", null, "Faltan datos o hay datos por corregir antes de publicar:")),
          createElement(
            "ul",
            { key: "l" },
            result.error.issues.map((issue, i) =>
              createElement("li", { key: i }, `${issue.path.length ? `${fieldLabel(name, issue.path)}: ` : ""}${spanishMessage(issue)}`),
            ),
          ),
        ]),
      );
    }
    const data = result.data as Entry["data"];
    const id = String(entry.get("slug") || "vista-previa");
    const page: Entry = { collection: name, id, file: "", url: entryUrl(name, id), body: String(body), data, hash: "", ...describe(name, data as never) } as Entry;
    const ctx: PageContext = { portal: previewPortal(), url: page.url, stylesheet: "" };
    return createElement(PreviewMode.Provider, { value: true }, PAGES[name](ctx, page));
  };
}

CMS.registerPreviewStyle("/admin/site.css");
for (const name of Object.keys(PAGES) as CollectionName[]) CMS.registerPreviewTemplate(name, previewFor(name) as never);
CMS.init({ config: cmsConfig(site, collections, { local }) as never });
