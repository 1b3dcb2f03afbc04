import { useContext, type ReactNode } from "react";
import type { Crumb, PageContext } from "./context.ts";
import { Breadcrumbs } from "./components/Breadcrumbs.tsx";
import { Footer } from "./components/Footer.tsx";
import { GovCoBar } from "./components/GovCoBar.tsx";
import { Header } from "./components/Header.tsx";
import { PageFeedback } from "./components/PageFeedback.tsx";
import { SearchData, type SearchInfo } from "./components/SearchData.tsx";
import { UnpublishedNotice } from "./components/UnpublishedNotice.tsx";
import { PreviewMode } from "./PreviewMode.ts";
import { UnpublishedPage } from "./UnpublishedPage.ts";

export interface PageBodyProps {
  ctx: PageContext;
  breadcrumbs?: Crumb[];
  /** How search lists this page; without it, search does not index the page. */
  search?: SearchInfo;
  /** «¿Le fue útil esta página?» at the foot; by default on the pages search indexes (content pages). */
  feedback?: boolean;
  children: ReactNode;
}

/**
 * Everything inside <body>. The CMS previews render this, with the page's own content, inside the
 * preview frame: the citizen's page and the editor's preview are the same component.
 */
export function PageBody({ ctx, breadcrumbs, search, feedback, children }: PageBodyProps) {
  // An entry the public site does not show: said first, and kept out of search.
  const unpublished = useContext(UnpublishedPage);
  // Nobody votes on a preview: neither the CMS's nor an unpublished entry's.
  const preview = useContext(PreviewMode);
  const withFeedback = (feedback ?? Boolean(search)) && !unpublished && !preview;
  if (unpublished) search = undefined;
  return (
    <>
      <a className="saltar" href="#contenido">
        Saltar al contenido principal
      </a>
      <GovCoBar />
      <Header ctx={ctx} section={breadcrumbs?.[0]?.url} />
      <main id="contenido" className="envoltura" tabIndex={-1}>
        {unpublished && <UnpublishedNotice why={unpublished} />}
        {breadcrumbs && <Breadcrumbs trail={breadcrumbs} />}
        {search ? (
          <div data-pagefind-body="">
            <SearchData info={search} />
            {children}
          </div>
        ) : (
          children
        )}
        {withFeedback && <PageFeedback page={ctx.url} />}
      </main>
      <Footer site={ctx.site} />
    </>
  );
}
