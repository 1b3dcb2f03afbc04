import type { SiteData } from "../../src/schema/site.ts";
import { FOOTER_LINKS } from "../navigation.ts";

/** A phone number never breaks across lines. */
const nbsp = (text: string) => text.replace(/ /g, "\u00a0");

/** What the law asks every page's foot to say (Resolución 1519 de 2020, anexo 2, 2.2–2.3). */
export function Footer({ site }: { site: SiteData }) {
  return (
    <footer className="pie">
      <div className="envoltura pie-columnas">
        <section aria-labelledby="pie-entidad">
          <h2 id="pie-entidad">{site.entity}</h2>
          <p>
            {site.municipality}, {site.department}, Colombia
            <br />
            <em>«{site.motto}»</em>
          </p>
          <h3>Dirección</h3>
          <p>
            {site.address}
            {site.postal_code ? ` · Código postal ${site.postal_code}` : ""}
          </p>
          <h3>Horario de atención</h3>
          <ul>
            {site.hours.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="pie-contacto">
          <h2 id="pie-contacto">Contacto</h2>
          <ul>
            {site.phones.map((p) => (
              <li key={p.number}>
                {p.label}: <a href={`tel:${p.number.replace(/\s+/g, "")}`}>{nbsp(p.number)}</a>
              </li>
            ))}
            <li>
              Línea gratuita:{" "}
              {site.toll_free ? <a href={`tel:${site.toll_free.replace(/\s+/g, "")}`}>{nbsp(site.toll_free)}</a> : "la entidad no tiene línea gratuita"}
            </li>
            <li>Línea anticorrupción: {site.anticorruption_line}</li>
            <li>
              Correo institucional: <a href={`mailto:${site.email}`}>{site.email}</a>
            </li>
            <li>
              Notificaciones judiciales: <a href={`mailto:${site.judicial_email}`}>{site.judicial_email}</a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="pie-enlaces">
          <h2 id="pie-enlaces">Enlaces</h2>
          <ul>
            {FOOTER_LINKS.map((l) => (
              <li key={l.url}>
                <a href={l.url}>{l.label}</a>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="pie-govco">
        <div className="envoltura">
          <a href="https://www.gov.co/" rel="external noopener">
            GOV.CO
          </a>{" "}
          · Portal único del Estado colombiano
        </div>
      </div>
    </footer>
  );
}
