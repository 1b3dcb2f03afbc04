import type { NewsEntry } from "../../src/content/types.ts";
import { Time } from "./Time.tsx";

export function NewsList({ items, heading = "h2" }: { items: NewsEntry[]; heading?: "h2" | "h3" }) {
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
