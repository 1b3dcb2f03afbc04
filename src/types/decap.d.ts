// What admin/ uses of Decap's backends and utilities, which ship no declarations of their own.

/** The part of a Decap backend implementation our backends override or call. */
interface DecapImplementation {
  authComponent(): unknown;
  authenticate(state: Record<string, unknown>): Promise<Record<string, unknown>>;
  restoreUser(user: Record<string, unknown>): Promise<Record<string, unknown>>;
  getEntry(path: string): Promise<{ data: string | null; file: { path: string; id: string | null } }>;
  unpublishedEntry(args: { id?: string; collection?: string; slug?: string }): Promise<{ diffs: { path: string; id: string; newFile?: boolean }[] }>;
  unpublishedEntryDataFile(collection: string, slug: string, path: string, id: string): Promise<string>;
  persistEntry(entry: DecapEntryToSave, options: DecapPersistOptions): Promise<unknown>;
  persistMedia(file: DecapAsset, options: DecapPersistOptions): Promise<unknown>;
  publishUnpublishedEntry(collection: string, slug: string): Promise<unknown>;
}

interface DecapDataFile {
  path: string;
  slug: string;
  raw: string;
  newPath?: string;
}

interface DecapAsset {
  path: string;
  fileObj?: File;
  toBase64?: () => Promise<string>;
}

interface DecapEntryToSave {
  dataFiles: DecapDataFile[];
  assets: DecapAsset[];
}

interface DecapPersistOptions {
  commitMessage: string;
  useWorkflow?: boolean;
  unpublished?: boolean;
  status?: string;
  collectionName?: string;
  newEntry?: boolean;
  hasSubfolders?: boolean;
}

type DecapBackendClass = new (config: { backend: Record<string, unknown> } & Record<string, unknown>, options?: Record<string, unknown>) => DecapImplementation;

declare module "decap-cms-backend-github" {
  export const GitHubBackend: DecapBackendClass;
}

declare module "decap-cms-backend-gitlab" {
  export const GitLabBackend: DecapBackendClass;
}

declare module "decap-cms-backend-proxy" {
  export const ProxyBackend: DecapBackendClass;
}

declare module "decap-cms-lib-util" {
  export class APIError extends Error {
    constructor(message: string, status: number, api: string, meta?: Record<string, unknown>);
    status: number;
    api: string;
    meta: Record<string, unknown>;
  }
  export class EditorialWorkflowError extends Error {
    constructor(message: string, notUnderEditorialWorkflow: boolean);
    notUnderEditorialWorkflow: boolean;
  }
  export const EDITORIAL_WORKFLOW_ERROR: string;
}
