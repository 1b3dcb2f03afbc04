/**
 * /admin/: Decap CMS, configured from our content schemas, with previews that render the site's own page
 * components. Bundled by esbuild (src/pipeline/admin.ts) into one local file: nothing loads from another host.
 */
import CMS from "decap-cms-app";
import { createElement, useEffect, useState, type ComponentType, type ReactElement } from "react";
import { DateTime } from "luxon";
import { cmsConfig, formLabels, IMAGE_WIDGET, megabytes } from "../src/cms/config.ts";
import { mergePhrases, SPANISH_SUPPLEMENT, uploadPhrases } from "../src/cms/locale.ts";
import { checkEntry, type ContentLookup } from "../src/content/checks.ts";
import { isPublished, whyUnpublished } from "../src/content/entry.ts";
import { fieldName, type ContentIssue } from "../src/content/errors.ts";
import { validateEntry } from "../src/content/parse.ts";
import type { ActEntry, Entry } from "../src/content/types.ts";
import { ZONE } from "../src/dates/index.ts";
import { measuresPublishing } from "../src/feeds/frequency.ts";
import { planLinksFor } from "../src/feeds/plan-links.ts";
import { ENTRY_PAGES, type EntryPage, type EntryPageInput } from "../src/routes/entries.ts";
import { channelContact } from "../src/routes/pqrsd.ts";
import { COLLECTION_NAMES, defineCollections, type CollectionDef, type CollectionName } from "../src/schema/collections.ts";
import type { IndicatorDef } from "../src/schema/indicator-rules.ts";
import { maxUploadBytes, type SiteData } from "../src/schema/site.ts";
import type { PageContext } from "../layouts/context.ts";
import { PreviewMode } from "../layouts/PreviewMode.ts";
import { UnpublishedPage } from "../layouts/UnpublishedPage.ts";
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

type GetCollection = (name: string) => Promise<{ get(key: string): unknown }[]>;

function plain(raw: unknown): Record<string, unknown> {
  const value = raw as { toJS?: () => Record<string, unknown> } | Record<string, unknown> | undefined;
  return typeof value?.toJS === "function" ? (value.toJS as () => Record<string, unknown>)() : ((value as Record<string, unknown>) ?? {});
}

/** One entry as the build reads it, from the CMS's values: the same parsing code, the same problems. */
function readEntry<C extends CollectionName>(name: C, id: string, values: Record<string, unknown>) {
  const { body = "", ...fields } = values;
  const file = `content/${collections[name].folder}/${id}.md`;
  return validateEntry(collections[name] as CollectionDef, name, id, fields, String(body ?? ""), file);
}

/** Every valid entry of a collection, read through the CMS's backend as the build reads them from content/. */
async function entriesOf<C extends CollectionName>(getCollection: GetCollection, name: C): Promise<Entry<C>[]> {
  const out: Entry<C>[] = [];
  for (const item of await getCollection(name)) {
    const { value } = readEntry(name, String(item.get("slug")), plain(item.get("data")));
    if (value) out.push(value);
  }
  return out;
}

/** Whether a file is on the server that serves the admin: its size, or 0 when it is not there. */
async function mediaSize(publicPath: string): Promise<number> {
  const head = await fetch(publicPath, { method: "HEAD" });
  if (!head.ok) return 0;
  const said = Number(head.headers.get("content-length"));
  // A server that does not say the size on HEAD sends the file.
  return said > 0 ? said : (await (await fetch(publicPath)).blob()).size;
}

/** The collections an entry's fields name entries of (today, acts name other acts). */
function relatedCollections(name: CollectionName): CollectionName[] {
  const named = new Set<string>();
  const walk = (spec: { kind: string; collection?: string; item?: unknown; fields?: Record<string, unknown> }) => {
    if (spec.collection) named.add(spec.collection);
    if (spec.item) walk(spec.item as typeof spec);
    for (const f of Object.values(spec.fields ?? {})) walk(f as typeof spec);
  };
  for (const f of Object.values((collections[name] as CollectionDef).fields)) walk(f.spec);
  return COLLECTION_NAMES.filter((c) => named.has(c));
}

interface PreviewData {
  issues: ContentIssue[];
  input: EntryPageInput;
}

/**
 * What the build would say about this entry beyond its own fields (the entries and files it names),
 * and what its page needs (the published acts, its PDF's size): asked of the CMS and the server.
 */
function usePreviewData(entry: Entry, getCollection: GetCollection | undefined): PreviewData | undefined {
  const [data, setData] = useState<PreviewData | undefined>(undefined);
  const key = JSON.stringify([entry.collection, entry.id, entry.data, entry.bodyMedia]);
  useEffect(() => {
    let live = true;
    (async () => {
      const related = new Map<CollectionName, Entry[]>();
      for (const c of relatedCollections(entry.collection)) related.set(c, getCollection ? await entriesOf(getCollection, c) : []);
      const media = new Map<string, number>();
      const recording: ContentLookup = { hasEntry: () => true, hasMedia: (p) => (media.set(p, 0), true) };
      checkEntry(entry, collections, recording);
      await Promise.all([...media.keys()].map(async (p) => media.set(p, await mediaSize(p).catch(() => 0))));
      const lookup: ContentLookup = {
        hasEntry: (c, id) => (related.get(c) ?? []).some((e) => e.id === id),
        hasMedia: (p) => (media.get(p) ?? 0) > 0,
      };
      const now = DateTime.now().setZone(ZONE);
      // The entry being edited replaces its saved version among the published acts.
      const acts = ((related.get("normativa") ?? []) as ActEntry[]).filter((a) => a.id !== entry.id && isPublished(a, now));
      if (entry.collection === "normativa" && isPublished(entry, now)) acts.push(entry as ActEntry);
      const attachment = (entry.data as { attachment?: string }).attachment;
      const plan = entry.collection === "planes" ? (entry as Entry<"planes">) : undefined;
      const input: EntryPageInput = {
        now,
        acts,
        attachmentBytes: attachment ? media.get(attachment) || undefined : undefined,
        planLinks: plan ? planLinksFor(plan, ((plan.data.indicators ?? []) as IndicatorDef[]).some(measuresPublishing)) : undefined,
        contact: channelContact(site),
      };
      if (live) setData({ issues: checkEntry(entry, collections, lookup), input });
    })().catch(() => live && setData({ issues: [], input: { now: DateTime.now().setZone(ZONE), acts: [] } }));
    return () => {
      live = false;
    };
  }, [key, getCollection]);
  return data;
}

function Problems({ issues }: { issues: ContentIssue[] }) {
  // The same words as the build's: the editor sees now what would stop the publication.
  return createElement(
    "main",
    { className: "envoltura" },
    createElement("div", { className: "aviso" }, [
      createElement("p", { key: "t" }, createElement("strong", null, "Faltan datos o hay datos por corregir antes de publicar:")),
      createElement(
        "ul",
        { key: "l" },
        issues.map((issue, i) => {
          const name = fieldName(issue);
          return createElement("li", { key: i }, `${name ? `El campo ${name} ` : ""}${issue.message}${issue.line ? ` (línea ${issue.line} del texto)` : ""}.`);
        }),
      ),
    ]),
  );
}

/** The page of a valid entry, from the same props the build computes. */
function EntryPreview({ entry, getCollection }: { entry: Entry; getCollection?: GetCollection }): ReactElement {
  const data = usePreviewData(entry, getCollection);
  if (!data) return createElement("main", { className: "envoltura" }, createElement("p", null, "Preparando la vista previa…"));
  if (data.issues.length) return createElement(Problems, { issues: data.issues });
  const page = ENTRY_PAGES[entry.collection] as unknown as EntryPage<CollectionName, object>;
  const ctx: PageContext = { site, url: entry.url, stylesheet: "" };
  // A scheduled or hidden entry's preview says so, as its page does in a deploy preview.
  const why = whyUnpublished(entry, data.input.now, collections[entry.collection].scheduled);
  const shown = createElement(page.component, { ...page.props(entry, data.input), ctx });
  return createElement(PreviewMode.Provider, { value: true }, why ? createElement(UnpublishedPage.Provider, { value: why }, shown) : shown);
}

interface PreviewProps {
  entry: { get(key: string): unknown; getIn(path: string[]): { toJS(): Record<string, unknown> } | undefined };
  /** Decap's: the entries of another collection, from the backend. */
  getCollection?: GetCollection;
}

function previewFor(name: CollectionName): ComponentType<PreviewProps> {
  return function Preview({ entry, getCollection }: PreviewProps) {
    const id = String(entry.get("slug") || "vista-previa");
    const result = readEntry(name, id, entry.getIn(["data"])?.toJS() ?? {});
    if (!result.value) return createElement(Problems, { issues: result.issues });
    return createElement(EntryPreview, { entry: result.value, getCollection });
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
for (const name of COLLECTION_NAMES) CMS.registerPreviewTemplate(name, previewFor(name) as never);
// Who may sign in and how, no silent lost update, the upload limit everywhere (admin/backends.ts, conflicts.ts, uploads.ts).
registerConflictGuard((name) => formLabels(collections[name as CollectionName] as CollectionDef));
guardUploads(maxUploadBytes(site), (uploads as { mediaLibrary: { mediaLibrary: { fileTooLarge: string } } }).mediaLibrary.mediaLibrary.fileTooLarge);
void (async () => {
  // Locally the dev server says where its backend listens; "Ver publicación" opens its pages.
  const localBackend = local ? await findLocalBackend() : undefined;
  registerBackends(site, localBackend);
  CMS.init({ config: cmsConfig(site, collections, { local: localBackend && { url: localBackend.url || location.origin }, siteUrl: local ? location.origin : undefined }) as never });
})();
