/** The site-local links of the transparency list and of the Registro, for the build's link check. */
import path from "node:path";
import type { Portal } from "../content/types.ts";
import { fieldLabel } from "../content/labels.ts";
import { CANONICAL } from "../schema/anexo2.ts";
import { specsOf } from "../schema/fields.ts";
import { INSTRUMENT_FILES, registryFields } from "../schema/instruments.ts";
import { transparencyFields } from "../schema/transparency.ts";
import type { LinkToCheck } from "../routes/links.ts";

export function transparencyLinks(portal: Portal, root = process.cwd()): LinkToCheck[] {
  const file = path.relative(root, path.join(portal.contentDir, "transparencia.yaml"));
  const specs = specsOf(transparencyFields);
  const out: LinkToCheck[] = [];
  const add = (field: string, number: string, title: string | undefined, link: string | undefined) => {
    if (!link) return;
    const name = title || CANONICAL.get(number)?.title;
    out.push({ file, field, label: fieldLabel(specs, field), link, from: `del numeral ${number}${name ? ` «${name}»` : ""}` });
  };
  portal.transparency.categories.forEach((c, ci) =>
    c.items.forEach((it, ii) => {
      const at = `categories.${ci}.items.${ii}`;
      add(`${at}.link`, it.number, it.title, it.link);
      (it.subitems ?? []).forEach((s, si) => add(`${at}.subitems.${si}.link`, s.number, s.title, s.link));
    }),
  );
  return out;
}

/** The Registro's «Dónde está publicada» links, read again from its file by the caller. */
export function registryLinks(portal: Portal, rows: readonly { category: string; published_at?: string }[], root = process.cwd()): LinkToCheck[] {
  const file = path.relative(root, path.join(portal.contentDir, INSTRUMENT_FILES.registro));
  const specs = specsOf(registryFields());
  return rows.flatMap((r, i) =>
    r.published_at ? [{ file, field: `rows.${i}.published_at`, label: fieldLabel(specs, `rows.${i}.published_at`), link: r.published_at, from: `de la categoría «${r.category}»` }] : [],
  );
}
