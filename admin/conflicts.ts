/**
 * No silent lost update, in the admin. Decap hands its `preSave` event the entry being saved, with the text
 * its form was built from (`raw`); our backends (admin/backends.ts) read what the Git host holds now just
 * before writing and refuse the save when the two differ. The editor then gets Decap's toast and our
 * panel (ConflictPanel.tsx): who changed the entry, what they themselves changed, and what to do.
 */
import CMS from "decap-cms-app";
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { EDITORIAL_WORKFLOW_ERROR } from "decap-cms-lib-util";
import { changedFields, EntryConflict, OwnSaves, sameVersion, type ConflictInfo } from "../src/cms/conflicts.ts";
import { ConflictPanel } from "./ConflictPanel.tsx";

/** The entry Decap is about to save, as its form had it. */
export interface PendingSave {
  collection: string;
  slug: string;
  path: string;
  /** The file's text when the form was opened; empty for a new entry. */
  raw: string;
  newRecord: boolean;
  data: Record<string, unknown>;
  title: string;
}

let pending: PendingSave | undefined;
export const ownSaves = new OwnSaves();

interface EntryMap {
  get(key: string): unknown;
}

/** Decap calls `preSave` inside its save, just before the backend's persistEntry: we keep the entry for it. */
export function registerConflictGuard(labels: (collection: string) => Record<string, string>): void {
  labelsOf = labels;
  CMS.registerEventListener({
    name: "preSave",
    handler: ({ entry }: { entry: EntryMap }) => {
      const data = (entry.get("data") as { toJS(): Record<string, unknown> }).toJS();
      pending = {
        collection: String(entry.get("collection")),
        slug: String(entry.get("slug") ?? ""),
        path: String(entry.get("path") ?? ""),
        raw: String(entry.get("raw") ?? ""),
        newRecord: Boolean(entry.get("newRecord")),
        data,
        title: String(data.title ?? data.subject ?? entry.get("slug") ?? ""),
      };
      // Nothing to change in what is saved.
      return undefined;
    },
  } as never);
  CMS.registerEventListener({ name: "postSave", handler: () => closePanel() } as never);
}

let labelsOf: (collection: string) => Record<string, string> = () => ({});

/** The save Decap is making now, once: the backend takes it when it writes. */
export function takePendingSave(): PendingSave | undefined {
  const save = pending;
  pending = undefined;
  return save;
}

const isNotFound = (e: unknown) => (e as { status?: number })?.status === 404;

/** The text the Git host holds now where this save will write: the draft if there is one, else the published file. */
export async function currentText(impl: DecapImplementation, save: PendingSave, useWorkflow: boolean): Promise<{ text: string | null; draft: boolean }> {
  if (useWorkflow) {
    try {
      const draft = await impl.unpublishedEntry({ collection: save.collection, slug: save.slug });
      const diff = draft.diffs.find((d) => d.path === save.path);
      if (diff) return { text: await impl.unpublishedEntryDataFile(save.collection, save.slug, save.path, diff.id), draft: true };
    } catch (e) {
      if ((e as Error).name !== EDITORIAL_WORKFLOW_ERROR && !isNotFound(e)) throw e;
    }
  }
  try {
    const { data } = await impl.getEntry(save.path);
    return { text: data ?? null, draft: false };
  } catch (e) {
    if (isNotFound(e)) return { text: null, draft: false };
    throw e;
  }
}

/**
 * Refuses `save` if the entry changed since its form was opened (or since this session last saved it).
 * `who` asks the Git host for the last change's author, when it can.
 */
export async function assertUnchanged(
  impl: DecapImplementation,
  save: PendingSave,
  useWorkflow: boolean,
  who?: (path: string, draft: boolean) => Promise<{ author?: string; date?: string } | undefined>,
): Promise<string | null> {
  const expected = ownSaves.expected(save.path, save.raw);
  const current = await currentText(impl, save, useWorkflow);
  if (sameVersion(current.text, expected)) return expected;
  const last = await who?.(save.path, current.draft).catch(() => undefined);
  throw conflict(save, { path: save.path, draft: current.draft, deleted: current.text === null, ...last });
}

/** The refusal, and the panel that explains it. */
export function conflict(save: PendingSave, info: ConflictInfo): EntryConflict {
  const error = new EntryConflict(info);
  showPanel(save, info);
  return error;
}

let root: Root | undefined;
let host: HTMLElement | undefined;

function closePanel(): void {
  root?.unmount();
  host?.remove();
  root = undefined;
  host = undefined;
}

/**
 * Leaves the entry and opens it again: Decap asks (in Spanish) whether to discard what is not saved, drops
 * its local copy of the form when leaving, and loads the current version when coming back.
 */
function reopen(save: PendingSave): void {
  const list = `#/collections/${save.collection}`;
  const entry = `${list}/entries/${save.slug}`;
  const back = () => {
    window.removeEventListener("hashchange", back);
    if (location.hash === list) location.hash = entry;
  };
  window.addEventListener("hashchange", back);
  location.hash = list;
}

function showPanel(save: PendingSave, info: ConflictInfo): void {
  closePanel();
  host = document.createElement("div");
  host.className = "portal-conflicto";
  document.body.append(host);
  root = createRoot(host);
  root.render(
    createElement(ConflictPanel, {
      info,
      title: save.title,
      changes: changedFields(save.newRecord ? null : ownSaves.expected(save.path, save.raw), save.data, labelsOf(save.collection)),
      onReload: () => reopen(save),
      onClose: closePanel,
    }),
  );
}
