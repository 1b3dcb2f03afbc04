import { ACT_STATUSES, ACT_TYPES } from "../../src/schema/collections.ts";
import type { ActEntry, NewsEntry, PlanEntry } from "../../src/content/types.ts";
import { agree } from "../../src/text/spanish.ts";
import { Time } from "./Time.tsx";
import type { DateTime } from "luxon";

export function actTypeLabel(type: string): string {
  return ACT_TYPES.find((t) => t.value === type)?.label ?? type;
}

/** «Derogado» for a decree, «Derogada» for a resolution: the label agrees with the act's type. */
export function statusLabel(status: string, type: string): string {
  const label = ACT_STATUSES.find((s) => s.value === status)?.label ?? status;
  return agree(label, isFeminineAct(type));
}

/**
 * The state a citizen reads: the editor's status, except that an act in force whose «Vigente hasta» has
 * passed on the day of the build reads «Vigencia cumplida».
 */
export function actState(act: ActEntry, now: DateTime): { value: string; label: string } | undefined {
  const until = act.data.valid_until;
  if (act.data.status === "vigente" && ACT_TYPES.find((t) => t.value === act.data.type)?.record) return undefined;
  if (act.data.status === "vigente" && until && until.dt.plus({ days: 1 }) <= now) return { value: "cumplido", label: "Vigencia cumplida" };
  return { value: act.data.status, label: statusLabel(act.data.status, act.data.type) };
}

function ActStateLabel({ act, now }: { act: ActEntry; now: DateTime }) {
  const state = actState(act, now);
  if (!state) return null;
  return (
    <>
      {" · "}
      <span className={`estado estado-${state.value}`}>{state.label}</span>
    </>
  );
}

export function isFeminineAct(type: string): boolean {
  return ACT_TYPES.find((t) => t.value === type)?.feminine ?? false;
}

type Heading = "h2" | "h3";

export function NewsList({ items, heading = "h2" }: { items: NewsEntry[]; heading?: Heading }) {
  const H = heading;
  return (
    <ul className="tarjetas">
      {items.map((n) => (
        <li key={n.id} className="tarjeta">
          <article>
            <H className="tarjeta-titulo">
              <a href={n.url}>{n.title}</a>
            </H>
            <p className="meta">
              {n.date && <Time date={n.date} />} · {n.data.office}
            </p>
            <p>{n.summary}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}

export function ActList({ items, heading = "h2", now }: { items: ActEntry[]; heading?: Heading; now: DateTime }) {
  const H = heading;
  return (
    <ul className="actos">
      {items.map((a) => (
        <li key={a.id} className="acto">
          <H className="acto-titulo">
            <a href={a.url}>{a.title}</a>
          </H>
          <p className="meta">
            {a.date && <Time date={a.date} />} · {a.data.issuer}
            <ActStateLabel act={a} now={now} />
          </p>
          <p>{a.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function PlanList({ items }: { items: PlanEntry[] }) {
  return (
    <ul className="tarjetas">
      {items.map((p) => (
        <li key={p.id} className="tarjeta">
          <h2 className="tarjeta-titulo">
            <a href={p.url}>{p.title}</a>
          </h2>
          <p className="meta">
            Vigencia {p.data.period} · aprobado el {p.date && <Time date={p.date} />}
          </p>
          <p>{p.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export interface PageLink {
  number: number;
  url: string;
}

/** First, last and the two either side of the current page: a 200-page archive stays a short list. */
export function visiblePages(current: number, pages: PageLink[]): (PageLink | null)[] {
  const out: (PageLink | null)[] = [];
  for (const p of pages) {
    const near = Math.abs(p.number - current) <= 2 || p.number === 1 || p.number === pages.length;
    if (near) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** Numbered pages of a listing: plain links, so they work without JavaScript. */
export function Pagination({ current, pages, label }: { current: number; pages: PageLink[]; label: string }) {
  if (pages.length < 2) return null;
  const prev = pages[current - 2];
  const next = pages[current];
  return (
    <nav className="paginacion" aria-label={`Páginas de ${label}`}>
      <ul>
        {prev && (
          <li>
            <a href={prev.url} rel="prev">
              ← Anteriores<span className="visualmente-oculto"> (página {prev.number})</span>
            </a>
          </li>
        )}
        {visiblePages(current, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
          <li key={p.number}>
            {p.number === current ? (
              <span aria-current="page">
                <span className="visualmente-oculto">Página </span>
                {p.number}
              </span>
            ) : (
              <a href={p.url}>
                <span className="visualmente-oculto">Página </span>
                {p.number}
              </a>
            )}
          </li>
          ),
        )}
        {next && (
          <li>
            <a href={next.url} rel="next">
              Siguientes<span className="visualmente-oculto"> (página {next.number})</span> →
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
