/**
 * /admin/: Decap CMS, configured from our content schemas, with previews that render the site's own page
 * components. Bundled by esbuild (src/pipeline/admin.ts) into one local file: nothing loads from another host.
 */
import CMS from "decap-cms-app";
import { createElement, useEffect, useState, type ComponentType, type ReactElement } from "react";
import { DateTime } from "luxon";
import { cmsConfig, formLabels, IMAGE_WIDGET, megabytes } from "../src/cms/config.ts";
import { mergePhrases, SPANISH_SUPPLEMENT, uploadPhrases } from "../src/cms/locale.ts";
import { describe, entryUrl, isPublished } from "../src/content/entry.ts";
import type { ActEntry, Entry, Portal } from "../src/content/load.ts";
import { ZONE } from "../src/dates/index.ts";
import { defineCollections, entrySchema, fieldSpecs, type CollectionDef, type CollectionName } from "../src/schema/collections.ts";
import { fieldLabel as labelOf } from "../src/content/labels.ts";
import { spanishMessage } from "../src/schema/fields.ts";
import { maxUploadBytes, type SiteData } from "../src/schema/site.ts";
import type { PageContext } from "../src/routes/context.ts";
import { PreviewMode } from "../layouts/Layout.tsx";
import { NewsArticle } from "../layouts/pages/NewsArticle.tsx";
import { ActPage, actRelations } from "../layouts/pages/ActPage.tsx";
import { PlanPage } from "../layouts/pages/PlanPages.tsx";
import { StaticPage } from "../layouts/pages/Misc.tsx";
import { AgreementPage, EventPage } from "../layouts/pages/Events.tsx";
import { registerBackends } from "./backends.ts";
import { registerConflictGuard } from "./conflicts.ts";
import { findLocalBackend } from "./local.ts";
import { guardUploads } from "./uploads.ts";

// The dev server injects its live-reload client into every HTML page, this one too; here a reload would
// throw away the editor's unsaved changes. This script runs before that module does: without a WebSocket
// the client stays idle.
if (document.querySelector('script[src*="/.11ty/reload-client.js"]')) delete (window as { WebSocket?: unknown }).WebSocket;

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

/** One entry as the build reads it, or what stops the build; `id` is its file name without .md. */
function readEntry(name: CollectionName, id: string, values: Record<string, unknown>) {
  const { body = "", ...fields } = values;
  const result = entrySchema(collections[name]).safeParse(fields);
  if (!result.success) return { issues: result.error.issues };
  const data = result.data as Entry["data"];
  const entry = { collection: name, id, file: "", url: entryUrl(name, id), body: String(body), data, hash: "", ...describe(name, data as never) } as Entry;
  return { entry };
}

type GetCollection = (name: string) => Promise<{ get(key: string): unknown }[]>;

/** The published acts, read through the CMS's backend as the build reads them from content/. */
async function publishedActs(getCollection: GetCollection): Promise<ActEntry[]> {
  const now = DateTime.now().setZone(ZONE);
  const acts: ActEntry[] = [];
  for (const item of await getCollection("normativa")) {
    const raw = item.get("data") as { toJS?: () => Record<string, unknown> } | Record<string, unknown>;
    const values = typeof raw?.toJS === "function" ? (raw.toJS as () => Record<string, unknown>)() : (raw as Record<string, unknown>);
    const { entry } = readEntry("normativa", String(item.get("slug")), values ?? {});
    if (entry && isPublished(entry, now)) acts.push(entry as ActEntry);
  }
  return acts;
}

/** An act's page needs the other acts (who modifies it, what it repeals) and its PDF's size. */
function ActPreview({ ctx, entry, getCollection }: { ctx: PageContext; entry: ActEntry; getCollection?: GetCollection }) {
  const [acts, setActs] = useState<ActEntry[] | undefined>(undefined);
  const [bytes, setBytes] = useState<Record<string, number>>({});
  useEffect(() => {
    let live = true;
    if (getCollection) publishedActs(getCollection).then((a) => live && setActs(a), () => live && setActs([]));
    else setActs([]);
    return () => {
      live = false;
    };
  }, [getCollection]);
  const attachment = entry.data.attachment;
  useEffect(() => {
    if (!attachment || bytes[attachment] !== undefined) return;
    // The size the build reads from the disk; a server that does not say it on HEAD sends the file.
    const size = async () => {
      const head = await fetch(attachment, { method: "HEAD" });
      const said = Number(head.headers.get("content-length"));
      if (!head.ok) return 0;
      return said > 0 ? said : (await (await fetch(attachment)).blob()).size;
    };
    size().then((n) => n > 0 && setBytes((b) => ({ ...b, [attachment]: n })), () => undefined);
  }, [attachment]);
  if (!acts) return createElement("main", { className: "envoltura" }, createElement("p", null, "Cargando los actos relacionados…"));
  // The entry being edited replaces its saved version among the others.
  const others = acts.filter((a) => a.id !== entry.id);
  const published = isPublished(entry, DateTime.now().setZone(ZONE)) ? [...others, entry] : others;
  return createElement(ActPage, { ctx, entry, relations: actRelations(entry, published, attachment ? bytes[attachment] : undefined) });
}

const PAGES: Record<CollectionName, (ctx: PageContext, entry: Entry, getCollection?: GetCollection) => ReactElement> = {
  noticias: (ctx, entry) => createElement(NewsArticle, { ctx, entry: entry as Entry<"noticias"> }),
  normativa: (ctx, entry, getCollection) => createElement(ActPreview, { ctx, entry: entry as ActEntry, getCollection }),
  planes: (ctx, entry) => createElement(PlanPage, { ctx, entry: entry as Entry<"planes"> }),
  paginas: (ctx, entry) => createElement(StaticPage, { ctx, entry: entry as Entry<"paginas"> }),
  eventos: (ctx, entry) => createElement(EventPage, { ctx, entry: entry as Entry<"eventos"> }),
  convenios: (ctx, entry) => createElement(AgreementPage, { ctx, entry: entry as Entry<"convenios"> }),
};

interface PreviewProps {
  entry: { get(key: string): unknown; getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined };
  /** Decap's: the entries of another collection, from the backend. */
  getCollection?: GetCollection;
}

/** The label the editor sees on the form, in the build's words: «Imagen › Texto alternativo». */
function fieldLabel(name: CollectionName, path: PropertyKey[]): string {
  return `«${labelOf(fieldSpecs(collections[name] as CollectionDef), path) ?? path.map(String).join(".")}»`;
}

function previewFor(name: CollectionName): ComponentType<PreviewProps> {
  return function Preview({ entry, getCollection }: PreviewProps) {
    const id = String(entry.get("slug") || "vista-previa");
    const result = readEntry(name, id, entry.getIn(["data"])?.toJS() ?? {});
    if (result.issues) {
      // The same check as the build, in the same words: the editor sees now what would stop the build.
      return createElement(
        "main",
        { className: "envoltura" },
        createElement("div", { className: "aviso" }, [
          createElement("p", { key: "t" }, createElement("strong", null, "Faltan datos o hay datos por corregir antes de publicar:")),
          createElement(
            "ul",
            { key: "l" },
            result.issues.map((issue, i) =>
              createElement("li", { key: i }, `${issue.path.length ? `${fieldLabel(name, issue.path)}: ` : ""}${spanishMessage(issue)}`),
            ),
          ),
        ]),
      );
    }
    const page = result.entry!;
    const ctx: PageContext = { portal: previewPortal(), url: page.url, stylesheet: "" };
    return createElement(PreviewMode.Provider, { value: true }, PAGES[name](ctx, page, getCollection));
  };
}

/** What this file uses of Decap's group-of-fields control (decap-cms-widget-object's ObjectControl). */
interface GroupControl {
  props: { value?: { get(key: string): unknown } };
  childRefs: Record<string, { props?: { onValidate?: (errors: unknown[]) => void } } | undefined>;
  validate: () => void;
}

/**
 * An optional image: neither part, or both. Decap checks the required fields inside a group even when the
 * group is optional and empty, so this group checks them only once the editor fills one of them; an empty
 * one clears what an earlier check said.
 */
function registerOptionalImage(): void {
  const group = CMS.getWidget("object") as unknown as { control: new (props: never) => GroupControl; preview: unknown; schema?: unknown };
  class OptionalImageControl extends group.control {
    constructor(props: never) {
      super(props);
      const checkFields = this.validate;
      this.validate = () => {
        const value = this.props.value;
        if (["src", "alt"].some((k) => String(value?.get(k) ?? "").trim() !== "")) checkFields();
        else for (const child of Object.values(this.childRefs)) child?.props?.onValidate?.([]);
      };
    }
  }
  // Decap's own signature takes the config schema of the widget as a fourth argument; its types omit it.
  const register = CMS.registerWidget as (name: string, control: unknown, preview: unknown, schema: unknown) => void;
  register(IMAGE_WIDGET, OptionalImageControl, group.preview, group.schema);
}

registerOptionalImage();

// Decap's Spanish lacks some of its English strings ("Copy", "Copy Name"…); ours fill them in.
const uploads = uploadPhrases(megabytes(maxUploadBytes(site)));
CMS.registerLocale("es", mergePhrases(mergePhrases((CMS.getLocale("es") ?? {}) as never, SPANISH_SUPPLEMENT), uploads) as never);
CMS.registerPreviewStyle("/admin/site.css");
for (const name of Object.keys(PAGES) as CollectionName[]) CMS.registerPreviewTemplate(name, previewFor(name) as never);
// Who may sign in and how, no silent lost update, the upload limit everywhere (admin/backends.ts, conflicts.ts, uploads.ts).
registerConflictGuard((name) => formLabels(collections[name as CollectionName] as CollectionDef));
guardUploads(maxUploadBytes(site), (uploads as { mediaLibrary: { mediaLibrary: { fileTooLarge: string } } }).mediaLibrary.mediaLibrary.fileTooLarge);
void (async () => {
  // Locally the dev server says where its backend listens; "Ver publicación" opens its pages.
  const localBackend = local ? await findLocalBackend() : undefined;
  registerBackends(site, localBackend);
  CMS.init({ config: cmsConfig(site, collections, { local: localBackend && { url: localBackend.url || location.origin }, siteUrl: local ? location.origin : undefined }) as never });
})();
