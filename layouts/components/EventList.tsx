import { EVENT_KINDS } from "../../src/schema/collections.ts";
import type { EventEntry } from "../../src/content/types.ts";
import { Time } from "./Time.tsx";

export const eventKindLabel = (v: string) => EVENT_KINDS.find((k) => k.value === v)?.label ?? v;

export function EventList({ items }: { items: EventEntry[] }) {
  return (
    <ul className="tarjetas">
      {items.map((e) => (
        <li key={e.id} className="tarjeta">
          <h3 className="tarjeta-titulo">
            <a href={e.url}>{e.title}</a>
          </h3>
          <p className="meta">
            {eventKindLabel(e.data.kind)} · {e.date && <Time date={e.date} withTime />} · {e.data.place}
          </p>
          <p>{e.summary}</p>
        </li>
      ))}
    </ul>
  );
}
