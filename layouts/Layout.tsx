import { useContext, type ReactNode } from "react";
import { absoluteUrl } from "../src/content/urls.ts";
import { ANNOUNCED_FEEDS } from "./navigation.ts";
import { PageBody, type PageBodyProps } from "./PageBody.tsx";
import { PreviewMode } from "./PreviewMode.ts";
import { UnpublishedPage } from "./UnpublishedPage.ts";

export interface LayoutProps extends PageBodyProps {
  title: string;
  description: string;
  /** Extra <head> elements (search assets on /buscar/, say). */
  head?: ReactNode;
  noindex?: boolean;
}

/** The whole document around a page's content; in a CMS preview, only its body. */
export function Layout({ ctx, title, description, breadcrumbs, children, head, search, noindex, feedback }: LayoutProps) {
  const { site } = ctx;
  if (useContext(PreviewMode)) {
    return (
      <PageBody ctx={ctx} breadcrumbs={breadcrumbs} search={search} feedback={feedback}>
        {children}
      </PageBody>
    );
  }
  // Not indexed by search engines either: a deploy preview's address is public.
  if (useContext(UnpublishedPage)) noindex = true;
  const fullTitle = ctx.url === "/" ? `${site.entity} — ${site.municipality}, ${site.department}` : `${title} — ${site.short_name}`;
  return (
    <html lang="es-CO">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={description} />
        {noindex ? <meta name="robots" content="noindex" /> : <link rel="canonical" href={absoluteUrl(site, ctx.url)} />}
        <link rel="stylesheet" href={ctx.stylesheet} />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {ANNOUNCED_FEEDS.map((f) => (
          <link key={f.url} rel="alternate" type={f.type} title={`${f.title} — ${site.short_name}`} href={f.url} />
        ))}
        <meta property="og:title" content={title} />
        <meta property="og:description" content={description} />
        <meta property="og:locale" content="es_CO" />
        <meta property="og:site_name" content={site.entity} />
        {head}
      </head>
      <body>
        <PageBody ctx={ctx} breadcrumbs={breadcrumbs} search={search} feedback={feedback}>
          {children}
        </PageBody>
      </body>
    </html>
  );
}
