/** The site's navigation, written once: the main menu, the footer's links, the feeds every page announces. */

/** Main menu: the order Colombian public sites share (Inicio · Transparencia · Atención · Participa). */
export const MAIN_MENU = [
  { label: "Inicio", url: "/" },
  { label: "Transparencia", url: "/transparencia/" },
  { label: "Atención y servicios a la ciudadanía", url: "/atencion-al-ciudadano/" },
  { label: "Participa", url: "/participa/" },
  { label: "Noticias", url: "/noticias/" },
  { label: "Normativa", url: "/normativa/" },
  { label: "Planes", url: "/planes/" },
] as const;

/** The footer's «Enlaces» (Resolución 1519 de 2020, anexo 2: site map, policies and terms, the channel for requests). */
export const FOOTER_LINKS = [
  { label: "Mapa del sitio", url: "/mapa-del-sitio/" },
  { label: "Política de tratamiento de datos personales", url: "/politica-de-privacidad/" },
  { label: "Términos y condiciones", url: "/terminos-y-condiciones/" },
  { label: "Accesibilidad", url: "/accesibilidad/" },
  { label: "Peticiones, quejas, reclamos y denuncias", url: "/atencion-al-ciudadano/pqrsd/" },
  { label: "Suscripciones (feeds)", url: "/feeds/" },
] as const;

/** The home page's doors into each section. */
export const HOME_SECTIONS = [
  { url: "/noticias/", title: "Noticias", text: "Lo que hace la administración, día a día." },
  { url: "/normativa/", title: "Normativa", text: "Decretos, acuerdos, resoluciones, circulares y actas." },
  { url: "/planes/", title: "Planes", text: "Los planes del municipio y sus metas." },
  { url: "/transparencia/", title: "Transparencia", text: "La información pública que la ley exige publicar." },
  { url: "/atencion-al-ciudadano/", title: "Atención a la ciudadanía", text: "Peticiones, quejas, reclamos, sugerencias y denuncias." },
  { url: "/participa/", title: "Participa", text: "Consultas, rendición de cuentas y control social." },
] as const;

export interface FeedInfo {
  slug: string;
  title: string;
  description: string;
  /** The page the feed follows. */
  home: string;
}

/** The publication feeds, each in Atom (/feeds/<slug>.xml) and JSON Feed (/feeds/<slug>.json). */
export const FEEDS: readonly FeedInfo[] = [
  { slug: "novedades", title: "Novedades", description: "Todo lo publicado: noticias, normativa y planes.", home: "/" },
  { slug: "noticias", title: "Noticias", description: "Las noticias de la administración municipal.", home: "/noticias/" },
  { slug: "normativa", title: "Normativa", description: "Decretos, acuerdos, resoluciones, circulares y actas.", home: "/normativa/" },
];

/** What every page's <head> announces to feed readers: the Atom feeds, and the news in JSON Feed too. */
export const ANNOUNCED_FEEDS = [
  ...FEEDS.map((f) => ({ title: f.title, url: `/feeds/${f.slug}.xml`, type: "application/atom+xml" })),
  { title: "Novedades (JSON Feed)", url: "/feeds/novedades.json", type: "application/feed+json" },
] as const;

/** A page outside a section's folder still belongs to it when its breadcrumb trail starts there. */
export function isCurrent(menuUrl: string, url: string, section?: string): boolean {
  return menuUrl === "/" ? url === "/" : url.startsWith(menuUrl) || section === menuUrl;
}
