import type { ActState } from "../../src/content/acts.ts";
import type { ActEntry } from "../../src/content/types.ts";
import { Time } from "./Time.tsx";

/** An act in a listing, with the state a citizen reads on the day of the build (computed by the route). */
export interface ActListItem {
  entry: ActEntry;
  state: ActState | undefined;
}

export function ActList({ items, heading = "h2" }: { items: ActListItem[]; heading?: "h2" | "h3" }) {
  const H = heading;
  return (
    <ul className="actos">
      {items.map(({ entry: a, state }) => (
        <li key={a.id} className="acto">
          <H className="acto-titulo">
            <a href={a.url}>{a.title}</a>
          </H>
          <p className="meta">
            {a.date && <Time date={a.date} />} · {a.data.issuer}
            {state && (
              <>
                {" · "}
                <span className={`estado estado-${state.value}`}>{state.label}</span>
              </>
            )}
          </p>
          <p>{a.summary}</p>
        </li>
      ))}
    </ul>
  );
}
