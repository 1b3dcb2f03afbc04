import type { ActEntry } from "../../src/content/types.ts";

/** «Decreto 012 de 2010, Decreto 031 de 2024», each a link. */
export function ActLinks({ acts }: { acts: ActEntry[] }) {
  return (
    <>
      {acts.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ", "}
          <a href={a.url}>{a.title}</a>
        </span>
      ))}
    </>
  );
}
