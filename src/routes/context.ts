import type { Portal } from "../content/types.ts";

/** What every page's shell needs to know besides its own content. */
export interface PageContext {
  portal: Portal;
  /** The page's own URL, to mark the current menu item and build the canonical link. */
  url: string;
  /** Fingerprinted URL of the stylesheet. */
  stylesheet: string;
}

export interface Crumb {
  label: string;
  url?: string;
}

/** Absolute URL on the public site, for canonical links, feeds and the sitemap. */
export function absoluteUrl(portal: Portal, url: string): string {
  return new URL(url, `${portal.site.url}/`).toString();
}
