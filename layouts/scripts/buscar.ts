/**
 * Search on /buscar/. Runs the query in the URL (?q=…&tipo=…&anio=…&organo=…&orden=…), keeps the
 * chosen filters in the URL so a search can be shared, and loads Pagefind only when there is something
 * to search. No inline script, no HTML from the index is trusted: excerpts are rebuilt node by node.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o: Record<string, unknown>): Promise<PagefindSearch | null>;
}

const PAGE = 10;
const FILTERS = ["tipo", "anio", "organo"] as const;

const form = document.getElementById("busqueda") as HTMLFormElement;
const input = form.elements.namedItem("q") as HTMLInputElement;
const status = document.getElementById("estado-busqueda")!;
const list = document.getElementById("resultados") as HTMLOListElement;
const more = document.getElementById("mas-resultados") as HTMLButtonElement;
const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable keeps bundlers from touching the path: the file only exists in the built site.
  const url = "/pagefind/pagefind.js";
  // The index's tag, written into the page by the build: Pagefind then asks for its entry by the same
  // address the page announced (preloaded), instead of a new one each time.
  const tag = document.querySelector<HTMLMetaElement>('meta[name="pagefind-tag"]')?.content;
  pagefind ??= (import(url) as Promise<Pagefind>).then(async (p) => {
    // Search on the page's own thread: since 1.5 Pagefind starts a web worker by default, another 43 KB
    // script (12 KB compressed) and request before the first result, for searches that take milliseconds.
    await p.options({ excerptLength: 30, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
    return p;
  });
  return pagefind;
}

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const name of [...FILTERS, "orden"]) {
    const select = field(name);
    const value = params.get(name) ?? "";
    if ([...select.options].some((o) => o.value === value)) select.value = value;
  }
}

function writeUrl(push: boolean): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  for (const name of [...FILTERS, "orden"]) if (field(name).value) params.set(name, field(name).value);
  const url = `${location.pathname}${params.size ? `?${params}` : ""}`;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

/** Pagefind's excerpt with only its <mark> elements kept; everything else becomes text. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const out: Node[] = [];
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "resultado";
  const h = document.createElement("h2");
  const a = document.createElement("a");
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  h.append(a);
  const meta = document.createElement("p");
  meta.className = "meta";
  meta.textContent = [r.meta.tipo, r.meta.fecha].filter(Boolean).join(" · ");
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(r.excerpt));
  li.append(h, meta, excerpt);
  return li;
}

let current: PagefindSearch | null = null;
let shown = 0;
let runId = 0;

/** Results a phone's first screen shows: asked for first, so they do not share the connection with the rest. */
const FIRST_SCREEN = 3;

/** The next results, each shown as soon as it and those above it have arrived. */
async function showMore(): Promise<void> {
  if (!current) return;
  const search = current;
  const next = search.results.slice(shown, shown + PAGE);
  const show = async (batch: PagefindSearch["results"]) => {
    const pending = batch.map((r) => r.data());
    for (const data of pending) {
      const result = await data;
      if (current !== search) return false;
      list.append(resultItem(result));
    }
    return true;
  };
  // The rest are asked for once the first screen is on it.
  if (!(await show(next.slice(0, FIRST_SCREEN))) || !(await show(next.slice(FIRST_SCREEN)))) return;
  shown += next.length;
  more.hidden = shown >= search.results.length;
}

function describe(count: number, term: string): string {
  const what = count === 0 ? "No hay resultados" : count === 1 ? "1 resultado" : `${count.toLocaleString("es-CO")} resultados`;
  const chosen = FILTERS.map((n) => field(n)).filter((s) => s.value).map((s) => s.selectedOptions[0]?.textContent ?? s.value);
  return `${what}${term ? ` para «${term}»` : ""}${chosen.length ? ` (${chosen.join(", ")})` : ""}.${count === 0 ? " Pruebe con otras palabras o quite filtros." : ""}`;
}

async function run(): Promise<void> {
  const term = input.value.trim();
  const filters = Object.fromEntries(FILTERS.filter((n) => field(n).value).map((n) => [n, field(n).value]));
  list.replaceChildren();
  more.hidden = true;
  if (!term && !Object.keys(filters).length) {
    status.textContent = "";
    current = null;
    return;
  }
  const id = ++runId;
  status.textContent = "Buscando…";
  try {
    const pf = await loadPagefind();
    const order = field("orden").value;
    const sort = order === "recientes" ? { fecha: "desc" } : order === "antiguos" ? { fecha: "asc" } : undefined;
    const search = await pf.search(term || null, { filters, ...(sort ? { sort } : {}) });
    if (id !== runId || !search) return;
    current = search;
    shown = 0;
    status.textContent = describe(search.results.length, term);
    await showMore();
  } catch {
    status.textContent = "La búsqueda no está disponible en este momento. Use los listados de noticias y normativa.";
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  writeUrl(true);
  void run();
});
for (const name of [...FILTERS, "orden"]) {
  field(name).addEventListener("change", () => {
    writeUrl(false);
    void run();
  });
}
more.addEventListener("click", () => {
  const firstNew = shown;
  void showMore().then(() => (list.children[firstNew]?.querySelector("a") as HTMLAnchorElement | null)?.focus());
});
window.addEventListener("popstate", () => {
  readUrl();
  void run();
});

readUrl();
void run();
export {};
