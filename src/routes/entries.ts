/**
 * Each collection's entry page: which component shows an entry, and how its props are computed. The
 * build (src/routes/pages.ts) and the CMS previews (admin/) both call these, so a preview is the page
 * the citizen will see, made from the same props.
 */
import type { DateTime } from "luxon";
import { actPageTitle, actRelations, actState } from "../content/acts.ts";
import { windowState } from "../content/drafts.ts";
import type { ActEntry, Entry } from "../content/types.ts";
import type { CollectionName } from "../schema/collections.ts";
import type { PageComponent } from "../../layouts/context.ts";
import { ActPage, type ActPageProps } from "../../layouts/pages/ActPage.tsx";
import { AgreementPage, type AgreementPageProps } from "../../layouts/pages/AgreementPage.tsx";
import type { ChannelContact } from "../../layouts/components/channel.ts";
import { DraftPage, type DraftPageProps } from "../../layouts/pages/DraftPage.tsx";
import { EventPage, type EventPageProps } from "../../layouts/pages/EventPage.tsx";
import { NewsArticle, type NewsArticleProps } from "../../layouts/pages/NewsArticle.tsx";
import { PlanPage, type PlanLinks, type PlanPageProps } from "../../layouts/pages/PlanPage.tsx";
import { StaticPage, type StaticPageProps } from "../../layouts/pages/StaticPage.tsx";

/** What an entry's page may need besides the entry, as the build or the CMS knows it. */
export interface EntryPageInput {
  /** The moment the page is made for: an act's state, whether an event has happened. */
  now: DateTime;
  /** The published acts, for an act's relations. */
  acts: readonly ActEntry[];
  /** The size of an act's PDF, when known. */
  attachmentBytes?: number;
  /** Pages computed about a plan (its indicators, the publication frequency). */
  planLinks?: PlanLinks;
  /** The Alcaldía's channels, for a form's privacy notice and its other ways to write. */
  contact?: ChannelContact;
  /** Fingerprinted URL of the comment form's script (a draft open for comment). */
  commentScript?: string;
}

const NO_CONTACT: ChannelContact = { entity: "Alcaldía", email: "", phones: [], address: "", hours: [] };

export interface EntryPage<C extends CollectionName, P> {
  component: PageComponent<P>;
  props: (entry: Entry<C>, input: EntryPageInput) => P;
  /** Its place in the site map; `listed`: reached through its collection's listing rather than the map. */
  sitemap: { section: string; title: (entry: Entry<C>) => string; listed: boolean };
}

function entryPage<C extends CollectionName, P>(page: EntryPage<C, P>): EntryPage<C, P> {
  return page;
}

const title = (e: Entry) => e.title;

export const ENTRY_PAGES = {
  noticias: entryPage<"noticias", NewsArticleProps>({
    component: NewsArticle,
    props: (entry) => ({ entry }),
    sitemap: { section: "Noticias", title, listed: true },
  }),
  normativa: entryPage<"normativa", ActPageProps>({
    component: ActPage,
    props: (entry, input) => ({ entry, state: actState(entry, input.now), relations: actRelations(entry, input.acts, input.attachmentBytes) }),
    sitemap: { section: "Normativa", title: actPageTitle, listed: true },
  }),
  planes: entryPage<"planes", PlanPageProps>({
    component: PlanPage,
    props: (entry, input) => ({ entry, links: input.planLinks ?? {} }),
    sitemap: { section: "Planes", title, listed: false },
  }),
  paginas: entryPage<"paginas", StaticPageProps>({
    component: StaticPage,
    props: (entry) => ({ entry }),
    sitemap: { section: "Información institucional", title, listed: false },
  }),
  eventos: entryPage<"eventos", EventPageProps>({
    component: EventPage,
    // Which events have happened depends on the moment of the build.
    props: (entry, input) => ({ entry, happened: Boolean(entry.date && entry.date.dt <= input.now) }),
    sitemap: { section: "Eventos", title, listed: true },
  }),
  convenios: entryPage<"convenios", AgreementPageProps>({
    component: AgreementPage,
    props: (entry) => ({ entry }),
    sitemap: { section: "Convenios", title, listed: true },
  }),
  proyectos: entryPage<"proyectos", DraftPageProps>({
    component: DraftPage,
    // Whether comments are open depends on the moment the page is made; the function checks again.
    props: (entry, input) => {
      const act = entry.data.issued_act ? input.acts.find((a) => a.id === entry.data.issued_act) : undefined;
      return {
        entry,
        state: windowState(entry.data, input.now),
        contact: input.contact ?? NO_CONTACT,
        script: input.commentScript ?? "",
        ...(act ? { issuedAct: { title: act.title, url: act.url } } : {}),
      };
    },
    sitemap: { section: "Participa", title, listed: true },
  }),
// eslint-disable-next-line @typescript-eslint/no-explicit-any
} satisfies { [C in CollectionName]: EntryPage<C, any> };
