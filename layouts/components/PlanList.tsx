import type { PlanEntry } from "../../src/content/types.ts";
import { Time } from "./Time.tsx";

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
