import type { ContentDate } from "../../src/dates/index.ts";
import { Time } from "./Time.tsx";

/** The "last updated" line of an entry's data sheet (<dl>), when there is one. */
export function UpdatedRow({ date }: { date: ContentDate | undefined }) {
  if (!date) return null;
  return (
    <>
      <dt>Última actualización</dt>
      <dd>
        <Time date={date} />
      </dd>
    </>
  );
}
