/**
 * Markdown as editors write it, rendered with markdown-it and nothing else: no raw HTML (it is shown as
 * text), no template language, no links that run code, no images from other hosts.
 */
import MarkdownIt from "markdown-it";

/** Link schemes an editor may use. Anything else (javascript:, vbscript:, data:, file:…) is dropped. */
const SAFE_LINK = /^(?:https?:|mailto:|tel:|\/|#|\.{0,2}\/|[a-z0-9][a-z0-9._/-]*(?:#.*)?$)/i;

function isSafeLink(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme: "java\tscript:" runs.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  if (/^(?:javascript|vbscript|data|file):/.test(compact)) return false;
  if (/^[a-z][a-z0-9+.-]*:/.test(compact)) return /^(?:https?|mailto|tel):/.test(compact);
  return SAFE_LINK.test(url.trim()) || !compact.includes(":");
}

export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  md.validateLink = isSafeLink;

  // Wide tables scroll inside their own box instead of breaking the page at 320 px.
  // Each table's box needs a name of its own: landmarks on one page must not share one.
  md.renderer.rules.table_open = (_tokens, _idx, _options, env: Record<string, unknown> | undefined) => {
    env ??= {};
    const n = ((env.tables as number | undefined) ?? 0) + 1;
    env.tables = n;
    return `<section class="tabla-desplazable" tabindex="0" aria-label="Tabla ${n} del texto"><table>\n`;
  };
  md.renderer.rules.table_close = () => "</table></section>\n";

  // Headings get ids from their text ("Rendición de cuentas" → #rendicion-de-cuentas), so that
  // other pages can link to a section.
  md.core.ruler.push("heading_ids", (state) => {
    const used = new Set<string>();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.type !== "heading_open") continue;
      const text = tokens[i + 1]?.children?.map((c) => c.content).join("") ?? "";
      const base = slugify(text) || "seccion";
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      tokens[i]!.attrSet("id", id);
    }
  });

  // A phone number never breaks across lines.
  md.core.ruler.push("tel_nbsp", (state) => {
    for (const block of state.tokens) {
      let inTel = false;
      for (const t of block.children ?? []) {
        if (t.type === "link_open") inTel = String(t.attrGet("href") ?? "").startsWith("tel:");
        else if (t.type === "link_close") inTel = false;
        else if (inTel && t.type === "text") t.content = t.content.replace(/ /g, "\u00a0");
      }
    }
  });

  // Column headers of a Markdown table always head columns.
  const defaultTh = md.renderer.rules.th_open;
  md.renderer.rules.th_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet("scope", "col");
    return defaultTh ? defaultTh(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };

  // Links to other hosts say so: a citizen on a slow connection knows before leaving the portal.
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const href = String(tokens[idx]!.attrGet("href") ?? "");
    if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet("rel", "external noopener");
    return self.renderToken(tokens, idx, options);
  };

  // Images load lazily and never shift the text below them more than once.
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    token.attrSet("alt", self.renderInlineAsText(token.children ?? [], options, env));
    token.attrSet("loading", "lazy");
    token.attrSet("decoding", "async");
    return self.renderToken(tokens, idx, options);
  };
  return md;
}

const md = createMarkdown();

// A body is parsed to be checked, then shown on its page and maybe in a feed. Its HTML depends only on
// the source, so the parse of the check is the one every later use reads (a 4,000-page build parsed
// each body twice before: half a second). Bounded for the long-lived dev server.
const rendered = new Map<string, string>();
const RENDERED_LIMIT = 50_000;

function remember(source: string, html: string): string {
  if (rendered.size >= RENDERED_LIMIT) rendered.clear();
  rendered.set(source, html);
  return html;
}

export function renderMarkdown(source: string): string {
  return rendered.get(source) ?? remember(source, md.render(source, {}));
}

export function renderInline(source: string): string {
  return md.renderInline(source);
}

export interface MarkdownProblem {
  message: string;
  line?: number;
}

/** A site-local /media/ file a body links to or shows; the loader checks that it exists. */
export interface MediaReference {
  /** The path as the site serves it, decoded, without query or fragment: "/media/normativa/decreto.pdf". */
  path: string;
  line?: number;
  image: boolean;
}

/** A link in a body to a page (of this site or another), for the build to check that the site has it. */
export interface LinkReference {
  /** As written: "/normativa/decreto-045-2008/", "#metas", "../", "https://…". */
  href: string;
  line?: number;
}

/** The /media/ file a link or image source names, or undefined for anything else (other hosts, pages, anchors). */
export function mediaPathOf(href: string): string | undefined {
  const bare = href.trim().split(/[?#]/, 1)[0]!;
  if (!bare.startsWith("/media/")) return undefined;
  try {
    return decodeURIComponent(bare);
  } catch {
    return bare;
  }
}

/**
 * Problems an editor must fix before publishing: images from other hosts (a request that leaves the
 * site) and images without a description. When `media` is given, every site-local /media/ file the body
 * links to or shows is added to it, for the loader to check against content/media/; when `links` is,
 * every other link but e-mail and phone ones, for the build to check against the pages it makes.
 */
export function checkMarkdown(source: string, media?: MediaReference[], links?: LinkReference[]): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  const visit = (tokens: ReturnType<typeof md.parse>, line?: number) => {
    for (const t of tokens) {
      const at = t.map ? t.map[0] + 1 : line;
      if (t.type === "image") {
        const src = String(t.attrGet("src") ?? "");
        if (!src.startsWith("/media/")) {
          problems.push({ line: at, message: `la imagen «${src}» debe estar en la carpeta de medios del sitio (/media/…); no se cargan imágenes de otros sitios` });
        }
        if (!(t.content ?? "").trim()) {
          problems.push({ line: at, message: `la imagen «${src}» no tiene descripción: escríbala entre los corchetes, ![descripción](${src})` });
        }
        const p = media && mediaPathOf(src);
        if (p) media!.push({ path: p, line: at, image: true });
      }
      if (t.type === "link_open") {
        const href = String(t.attrGet("href") ?? "");
        const p = mediaPathOf(href);
        if (p) media?.push({ path: p, line: at, image: false });
        else if (links && !/^(?:mailto|tel):/i.test(href.trim())) links.push({ href, line: at });
      }
      if (t.children) visit(t.children, at);
    }
  };
  const env = {};
  const tokens = md.parse(source, env);
  visit(tokens);
  remember(source, md.renderer.render(tokens, md.options, env));
  return problems;
}

/** Plain text of a Markdown source, for summaries and search excerpts. */
export function markdownToText(source: string): string {
  return md
    .render(source)
    .replace(/<\/?(?:p|h[1-6]|li|ul|ol|td|th|tr|table|thead|tbody|div|blockquote|pre|hr|br)\b[^>]*>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
