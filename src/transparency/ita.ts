/**
 * The transparency list as the Procuraduría reads it (índice ITA): every numeral with its status
 * (cumple, no aplica, falta, desactualizado) and where its information is. A numeral is out of date
 * when what it links was last renewed longer ago than the frequency it declares.
 */
import type { DateTime } from "luxon";
import { formatLongDate, ZONE, type ContentDate } from "../dates/index.ts";
import type { Portal } from "../content/types.ts";
import { CANONICAL, type Certainty } from "../schema/anexo2.ts";
import { effectivePlacement, FREQUENCIES, type Frequency, type TransparencyItem } from "../schema/transparency.ts";
import { datedContent, type DatedContent } from "./dated.ts";

export type ItaStatus = "cumple" | "no-aplica" | "falta" | "desactualizado";

export const STATUS_LABELS: Record<ItaStatus, string> = {
  cumple: "cumple",
  "no-aplica": "no aplica",
  falta: "falta",
  desactualizado: "desactualizado",
};

export interface ItaLeaf {
  number: string;
  title: string;
  status: ItaStatus;
  /** The link as written: a site path or a State system's address. */
  link?: string;
  /** The absolute address a reviewer opens. */
  url?: string;
  external: boolean;
  missing?: string;
  notApplicable?: string;
  note?: string;
  frequency?: Frequency;
  producer?: string;
  responsible?: string;
  /** The dated content the link shows, when the site knows its date. */
  content?: DatedContent;
  /** When an out-of-date numeral had to be renewed. */
  due?: DateTime;
  /** Field path in content/transparencia.yaml, for messages. */
  path: string;
  certainty?: Certainty;
  doubt?: string;
  /** A numeral the portal's list of the annex does not know: the entity added it. */
  extra: boolean;
  /** What a reviewer should know although the numeral is met: an instrument not yet adopted, say. */
  observations?: string[];
  /** A sub-item that says nothing of its own: its item's link, «falta» or «no aplica» stand for it. */
  inherited?: boolean;
}

export interface ItaItem extends ItaLeaf {
  /** An item's sub-items; for an item without them, its status is its own. */
  subitems: ItaLeaf[];
}

export interface ItaCategory {
  number: number;
  title: string;
  items: ItaItem[];
}

export interface ItaWarning {
  file: string;
  number: string;
  message: string;
}

export interface ItaReport {
  categories: ItaCategory[];
  /** The numerals the matrix scores: items without sub-items, and every sub-item. */
  leaves: ItaLeaf[];
  counts: Record<ItaStatus, number>;
  warnings: ItaWarning[];
  checkedAt: DateTime;
}

export interface ItaOptions {
  /** File named in warnings. */
  file: string;
  /** Dates of generated content (instruments, datasets) the site computes elsewhere. */
  generated?: (path: string) => DatedContent | undefined;
  /** Observations about generated content: an instrument without its adopting act. */
  observe?: (path: string) => string[];
}

/** The moment after which a numeral renewed at `from` is out of date; undefined when only changes renew it. */
export function renewalDue(from: DateTime, frequency: Frequency | undefined): DateTime | undefined {
  const f = FREQUENCIES.find((x) => x.value === frequency);
  if (!f) return undefined;
  if ("days" in f) return from.plus({ days: f.days });
  if ("months" in f) return from.plus({ months: f.months });
  return undefined;
}

const frequencyLabel = (f: Frequency) => FREQUENCIES.find((x) => x.value === f)!.label.toLowerCase();

function absolute(portal: Portal, link: string): string {
  return link.startsWith("https://") ? link : new URL(link, `${portal.site.url}/`).toString();
}

function dateOf(d: ContentDate | DateTime): DateTime {
  return "dt" in d ? d.dt : d;
}

function leaf(
  portal: Portal,
  options: ItaOptions,
  own: TransparencyItem | NonNullable<TransparencyItem["subitems"]>[number],
  parent: TransparencyItem | undefined,
  path: string,
  warnings: ItaWarning[],
): ItaLeaf {
  const e = effectivePlacement(own, parent);
  const canonical = CANONICAL.get(own.number);
  const title = own.title || canonical?.title || own.number;
  const external = Boolean(e.link?.startsWith("https://"));
  const base: ItaLeaf = {
    number: own.number,
    title,
    status: e.not_applicable ? "no-aplica" : e.missing ? "falta" : "cumple",
    link: e.link,
    url: e.link ? absolute(portal, e.link) : undefined,
    external,
    missing: e.missing,
    notApplicable: e.not_applicable,
    note: e.note,
    frequency: e.frequency,
    producer: e.producer,
    responsible: e.responsible,
    path,
    certainty: canonical?.certainty,
    doubt: canonical?.doubt,
    extra: !canonical,
    ...(e.inherited ? { inherited: true } : {}),
  };
  if (!e.link || external) return base;
  const target = e.link.split("#")[0]!;
  const content = datedContent(portal, e.link) ?? options.generated?.(target);
  if (content) base.content = content;
  const observations = options.observe?.(target) ?? [];
  if (observations.length && !e.missing && !e.not_applicable) base.observations = observations;
  if (base.status !== "cumple") return base;
  // A link a sub-item takes from its item is the item's to renew: said once, of the item.
  const by = e.inherited && parent ? parent : own;
  const name = e.inherited && parent ? `el numeral ${parent.number} «${parent.title || CANONICAL.get(parent.number)?.title || parent.number}», con sus subnumerales,` : `el numeral ${own.number} «${title}»`;
  const warn = (message: string) => {
    if (!warnings.some((w) => w.number === by.number)) warnings.push({ file: options.file, number: by.number, message });
  };
  const periodic = renewalDue(portal.buildTime, e.frequency) !== undefined;
  if (!periodic) return base;
  if (content && !content.date && content.empty) {
    warn(`${name} enlaza ${content.what}: publique allí la información, o diga en «Falta publicar» que todavía no la hay`);
    return base;
  }
  if (!content?.date) {
    warn(`${name} enlaza «${e.link}», de la que el portal no sabe la fecha: no puede revisar si está al día con su frecuencia ${frequencyLabel(e.frequency!)}${content?.hint ? `. ${content.hint}` : ""}`);
    return base;
  }
  const from = dateOf(content.date).setZone(ZONE);
  const due = renewalDue(from, e.frequency)!;
  if (due < portal.buildTime) {
    base.status = "desactualizado";
    base.due = due;
    warn(
      `${name} está desactualizado: enlaza ${content.what}, del ${formatLongDate(from)}, y su frecuencia es ${frequencyLabel(e.frequency!)}, ` +
        `así que debía renovarse a más tardar el ${formatLongDate(due)}. Publique la información nueva y enlácela, o corrija la frecuencia si no era la que corresponde`,
    );
  }
  return base;
}

/** Parent status from its sub-items: all must be met for the item to be met. */
function aggregate(subs: ItaLeaf[]): ItaStatus {
  if (subs.every((s) => s.status === "no-aplica")) return "no-aplica";
  if (subs.some((s) => s.status === "falta")) return "falta";
  if (subs.some((s) => s.status === "desactualizado")) return "desactualizado";
  return "cumple";
}

export function itaReport(portal: Portal, options: ItaOptions): ItaReport {
  const warnings: ItaWarning[] = [];
  const leaves: ItaLeaf[] = [];
  const categories = [...portal.transparency.categories]
    .map((c, ci) => ({ c, ci }))
    .sort((a, b) => a.c.number - b.c.number)
    .map(({ c, ci }) => ({
      number: c.number,
      title: c.title,
      items: c.items.map((it, ii): ItaItem => {
        const path = `categories.${ci}.items.${ii}`;
        const subs = it.subitems ?? [];
        if (!subs.length) {
          const l = leaf(portal, options, it, undefined, path, warnings);
          leaves.push(l);
          return { ...l, subitems: [] };
        }
        const subLeaves = subs.map((s, si) => leaf(portal, options, s, it, `${path}.subitems.${si}`, warnings));
        leaves.push(...subLeaves);
        const canonical = CANONICAL.get(it.number);
        return {
          number: it.number,
          title: it.title || canonical?.title || it.number,
          status: aggregate(subLeaves),
          link: it.link,
          url: it.link ? absolute(portal, it.link) : undefined,
          external: Boolean(it.link?.startsWith("https://")),
          missing: it.missing,
          notApplicable: it.not_applicable,
          note: it.note,
          frequency: it.frequency,
          path,
          certainty: canonical?.certainty,
          doubt: canonical?.doubt,
          extra: !canonical,
          subitems: subLeaves,
        };
      }),
    }));
  const counts: Record<ItaStatus, number> = { cumple: 0, "no-aplica": 0, falta: 0, desactualizado: 0 };
  for (const l of leaves) counts[l.status]++;
  return { categories, leaves, counts, warnings, checkedAt: portal.buildTime };
}
