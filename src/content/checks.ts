/**
 * Checks that reach beyond one field: what an entry names must exist (other entries, uploaded files),
 * its fields must agree with each other, and the site as a whole must have what the law asks. Which
 * fields name entries or files is read from the field specs, not listed here. The per-entry checks run
 * in the build and in the CMS preview (with a lookup that asks the CMS instead of the disk).
 */
import { COLLECTION_NAMES, fieldSpecs, REQUIRED_PAGES, type CollectionDef, type CollectionName, type Collections } from "../schema/collections.ts";
import type { FieldSpec } from "../schema/fields.ts";
import { checkRule, type IndicatorDef } from "../schema/indicator-rules.ts";
import { PQRSD_COLLECTION, PQRSD_ROW_FIELDS } from "../pqrsd/indicator.ts";
import { siteFields, type SiteData } from "../schema/site.ts";
import { specsOf } from "../schema/fields.ts";
import { checkAct } from "./acts.ts";
import { checkDraft } from "./drafts.ts";
import type { ContentIssue } from "./errors.ts";
import { fieldIssue } from "./issues.ts";
import { specAt } from "./labels.ts";
import type { ActEntry, DraftEntry, Entry, PlanEntry, Portal } from "./types.ts";

/** What the checks may ask about the rest of the site. */
export interface ContentLookup {
  hasEntry(collection: CollectionName, id: string): boolean;
  /** Whether a file exists at a public /media/ path. */
  hasMedia(publicPath: string): boolean;
}

/** The /media/ file a site-local link names, or undefined when it leaves /media/ («/media/../sitio.yaml»). */
function mediaFile(publicPath: string): string | undefined {
  // By hand rather than node:path, so the CMS preview runs the same check in the browser.
  const parts: string[] = [];
  for (const seg of publicPath.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  const normal = `/${parts.join("/")}`;
  return normal.startsWith("/media/") ? normal : undefined;
}

const missingMedia = (p: string) => `nombra «${p}», que no está en content${p}: súbalo a la carpeta de medios o corrija la ruta`;

/** Visits every value of a field that names another entry or an uploaded file, following lists and groups. */
function visitReferences(
  spec: FieldSpec,
  value: unknown,
  at: string,
  visit: (kind: "relation" | "media", ref: string, field: string, spec: FieldSpec) => void,
): void {
  if (value === undefined || value === null) return;
  switch (spec.kind) {
    case "relation":
      if (typeof value === "string") visit("relation", value, at, spec);
      return;
    case "file":
      if (typeof value === "string") visit("media", value, at, spec);
      return;
    case "image": {
      const src = (value as { src?: unknown }).src;
      if (typeof src === "string") visit("media", src, `${at}.src`, spec);
      return;
    }
    case "list":
      if (!Array.isArray(value) || !spec.item) return;
      // A list of references is one field in the form: its problems are named at the list.
      value.forEach((item, i) => visitReferences(spec.item!, item, spec.item!.kind === "relation" ? at : `${at}.${i}`, visit));
      return;
    case "object":
      for (const [key, sub] of Object.entries(spec.fields ?? {})) visitReferences(sub, (value as Record<string, unknown>)[key], `${at}.${key}`, visit);
      return;
    default:
      return;
  }
}

function checkPlan(plan: PlanEntry, collections: Collections, at: (field: string, message: string) => void): void {
  // Besides the collections, a rule may count the PQRSD filings made on the site (src/pqrsd/indicator.ts).
  const specs: Record<string, Record<string, FieldSpec>> = {
    ...Object.fromEntries(COLLECTION_NAMES.map((c) => [c, fieldSpecs(collections[c] as CollectionDef)])),
    [PQRSD_COLLECTION]: PQRSD_ROW_FIELDS,
  };
  const indicators = plan.data.indicators ?? [];
  for (const [i, ind] of indicators.entries()) {
    for (const message of checkRule(ind as IndicatorDef, specs)) at(`indicators.${i}.rule`, `del indicador «${ind.id}»: ${message}`);
  }
  const ids = new Set<string>();
  for (const [i, ind] of indicators.entries()) {
    if (ids.has(ind.id)) at(`indicators.${i}.id`, `repite el identificador «${ind.id}»`);
    ids.add(ind.id);
  }
  for (const [i, action] of (plan.data.actions ?? []).entries()) {
    for (const ref of action.indicators ?? []) {
      if (!ids.has(ref)) at(`actions.${i}.indicators`, `nombra el indicador «${ref}», que no está en «${specs.planes!.indicators!.label}» (indicators)`);
    }
  }
}

/** Everything one entry must keep beyond its own fields: what it names exists, its fields agree. */
export function checkEntry(entry: Entry, collections: Collections, lookup: ContentLookup): ContentIssue[] {
  const def = collections[entry.collection] as CollectionDef;
  const specs = fieldSpecs(def);
  const issues: ContentIssue[] = [];
  const at = (field: string, message: string) => issues.push(fieldIssue(entry.file, specs, field, message));
  const data = entry.data as Record<string, unknown>;
  for (const [key, spec] of Object.entries(specs)) {
    visitReferences(spec, data[key], key, (kind, ref, field, s) => {
      if (kind === "media") {
        if (!lookup.hasMedia(ref)) at(field, missingMedia(ref));
        return;
      }
      const target = collections[s.collection as CollectionName] as CollectionDef | undefined;
      if (target && ref !== entry.id && !lookup.hasEntry(target.name as CollectionName, ref)) {
        at(field, `nombra ${target.noun} «${ref}», que no existe en content/${target.folder}/`);
      }
    });
  }
  if (entry.collection === "normativa") checkAct(entry as ActEntry, (f) => specs[f]!.label, at);
  if (entry.collection === "planes") checkPlan(entry as PlanEntry, collections, at);
  if (entry.collection === "proyectos") checkDraft(entry as DraftEntry, (f) => specs[f]!.label, at);
  // Links and images in the text: a dead /media/ link would be published silently otherwise.
  for (const ref of entry.bodyMedia ?? []) {
    const file = mediaFile(ref.path);
    if (file && lookup.hasMedia(file)) continue;
    issues.push({
      file: entry.file,
      line: ref.line,
      field: "body",
      label: def.body.label,
      message:
        `${ref.image ? "muestra la imagen" : "enlaza el archivo"} «${ref.path}», que no está en content${file ?? ref.path}: ` +
        "súbalo a la carpeta de medios o corrija el enlace",
    });
  }
  return issues;
}

/**
 * Two entries with the same title on the same day are almost always one published twice: the CMS saves
 * the second as «…-1.md» without a word, and both would go live. An act's title is its type, number
 * and year, so two acts with one title are one act twice whatever their dates.
 */
function checkTwins(portal: Pick<Portal, "all" | "collections">, issues: ContentIssue[]): void {
  for (const name of COLLECTION_NAMES) {
    const specs = fieldSpecs(portal.collections[name] as CollectionDef);
    const seen = new Map<string, Entry>();
    // The shorter name is the original: «jornada.md» before «jornada-1.md».
    const entries = [...portal.all[name].values()].sort((a, b) => a.id.length - b.id.length || a.id.localeCompare(b.id));
    for (const entry of entries) {
      const day = name === "normativa" ? "" : entry.date?.dt.toISODate() ?? "";
      const key = `${entry.title.trim().toLocaleLowerCase("es")}|${day}`;
      const twin = seen.get(key);
      if (!twin) {
        seen.set(key, entry);
        continue;
      }
      const field = name === "normativa" ? "number" : "title";
      const what = name === "normativa" ? `repite el del acto ${twin.file} («${entry.title}»)` : `es igual, con la misma fecha, al de ${twin.file} («${entry.title}»)`;
      issues.push(fieldIssue(entry.file, specs, field, `${what}: si este archivo es una copia, bórrelo; si es otra publicación, cambie ${name === "normativa" ? "el número" : "el título"}`));
    }
  }
}

/** The files sitio.yaml names (its logo) must exist, as an entry's do. */
export function checkSiteMedia(site: SiteData, file: string, lookup: ContentLookup): ContentIssue[] {
  const specs = specsOf(siteFields);
  const issues: ContentIssue[] = [];
  for (const [key, spec] of Object.entries(specs)) {
    visitReferences(spec, (site as Record<string, unknown>)[key], key, (kind, ref, field) => {
      if (kind === "media" && !lookup.hasMedia(mediaFile(ref) ?? ref)) issues.push(fieldIssue(file, specs, field, missingMedia(ref)));
    });
  }
  return issues;
}

/**
 * What the site as a whole must have: the pages the menu and footer link to, no entry published twice.
 * (The transparency menu's own rules are its schema's, src/schema/transparency.ts.) `files` says how
 * messages name the files.
 */
export function checkSite(portal: Pick<Portal, "all" | "collections" | "transparency">, files: { transparency: string; page: (id: string) => string }): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const page of REQUIRED_PAGES) {
    if (!portal.all.paginas.has(page.id)) issues.push({ file: files.page(page.id), message: `falta esta página obligatoria: ${page.why}` });
  }
  checkTwins(portal, issues);
  return issues;
}
