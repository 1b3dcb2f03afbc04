/** The Registro's «Dónde está publicada» links, for the site's link check (src/routes/links.ts). */
import path from "node:path";
import type { Portal } from "../content/types.ts";
import { fieldLabel } from "../content/labels.ts";
import { specsOf } from "../schema/fields.ts";
import { INSTRUMENT_FILES, registryFields } from "../schema/instruments.ts";
import type { LinkSource } from "../routes/links.ts";
import { INSTRUMENT_PAGES } from "./instruments.ts";

export function registryLinks(portal: Portal, rows: readonly { published_at?: string }[], root = process.cwd()): LinkSource[] {
  const file = path.relative(root, path.join(portal.contentDir, INSTRUMENT_FILES.registro));
  const specs = specsOf(registryFields());
  return rows.flatMap((r, i) => {
    const field = `rows.${i}.published_at`;
    return r.published_at ? [{ href: r.published_at, file, field, label: fieldLabel(specs, field), page: INSTRUMENT_PAGES.registro }] : [];
  });
}
