/** The pages a plan's own page links to: its indicators, and the publication frequency it measures. */
import type { PlanEntry } from "../content/types.ts";
import { indicatorsUrl } from "../indicators/routes.ts";
import type { PlanLinks } from "../../layouts/pages/PlanPage.tsx";
import { FREQUENCY_PAGE } from "./routes.ts";

/** `measuresFrequency`: whether this plan's indicator is the one the frequency report follows. */
export function planLinksFor(plan: PlanEntry, measuresFrequency: boolean): PlanLinks {
  return {
    ...(plan.data.indicators?.length ? { indicators: indicatorsUrl(plan.url) } : {}),
    ...(measuresFrequency ? { frequency: FREQUENCY_PAGE } : {}),
  };
}
