/**
 * What every page receives besides its own props: the site's identity, its own address and the
 * stylesheet. A page component reads nothing else; its route computes everything it shows.
 */
import type { ReactElement } from "react";
import type { SiteData } from "../src/schema/site.ts";

export interface PageContext {
  site: SiteData;
  /** The page's own URL, to mark the current menu item and build the canonical link. */
  url: string;
  /** Fingerprinted URL of the stylesheet. */
  stylesheet: string;
}

export interface Crumb {
  label: string;
  url?: string;
}

/** A page component: its own props and the context. */
export type PageComponent<P> = (props: P & { ctx: PageContext }) => ReactElement;
