/** Atom 1.0 and JSON Feed 1.1 writers. Every text is escaped: a title can never become markup. */
import { safeJson } from "../text/json.ts";

export interface FeedItem {
  /** Absolute URL; also the entry's permanent id. */
  url: string;
  title: string;
  summary: string;
  /** ISO 8601 with the Bogota offset. */
  published: string;
  updated: string;
  /** Full HTML of the entry (already safe: rendered by our Markdown settings). */
  contentHtml?: string;
  categories?: string[];
  author?: string;
}

export interface Feed {
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page it follows. */
  homeUrl: string;
  /** Absolute URL of the JSON or Atom twin, if any. */
  language: string;
  author: string;
  updated: string;
  icon?: string;
  items: FeedItem[];
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!)
    // Characters XML 1.0 forbids would make the whole feed unreadable.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");
}

export function atom(feed: Feed): string {
  const e = escapeXml;
  const items = feed.items
    .map(
      (i) => `  <entry>
    <id>${e(i.url)}</id>
    <title type="text">${e(i.title)}</title>
    <link rel="alternate" type="text/html" href="${e(i.url)}"/>
    <published>${i.published}</published>
    <updated>${i.updated}</updated>
    <summary type="text">${e(i.summary)}</summary>${i.author ? `\n    <author><name>${e(i.author)}</name></author>` : ""}${(i.categories ?? [])
      .map((c) => `\n    <category term="${e(c)}"/>`)
      .join("")}${i.contentHtml ? `\n    <content type="html">${e(i.contentHtml)}</content>` : ""}
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.language)}">
  <id>${e(feed.selfUrl)}</id>
  <title type="text">${e(feed.title)}</title>
  <subtitle type="text">${e(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.homeUrl)}"/>
  <updated>${feed.updated}</updated>
  <author><name>${e(feed.author)}</name></author>${feed.icon ? `\n  <icon>${e(feed.icon)}</icon>` : ""}
${items}
</feed>
`;
}

export function jsonFeed(feed: Feed): string {
  return safeJson({
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    description: feed.subtitle,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    language: feed.language,
    authors: [{ name: feed.author }],
    ...(feed.icon ? { favicon: feed.icon } : {}),
    items: feed.items.map((i) => ({
      id: i.url,
      url: i.url,
      title: i.title,
      summary: i.summary,
      ...(i.contentHtml ? { content_html: i.contentHtml } : { content_text: i.summary }),
      date_published: i.published,
      date_modified: i.updated,
      ...(i.author ? { authors: [{ name: i.author }] } : {}),
      ...(i.categories?.length ? { tags: i.categories } : {}),
    })),
  });
}
