import type { PageContext } from "../context.ts";
import { isCurrent, MAIN_MENU } from "../navigation.ts";

export function Header({ ctx, section }: { ctx: PageContext; section?: string }) {
  const { site } = ctx;
  return (
    <header className="cabecera">
      <div className="envoltura cabecera-fila">
        <a href="/" className="marca">
          <span className="marca-entidad">{site.entity}</span>
          <span className="marca-lugar">
            {site.municipality}, {site.department}
          </span>
        </a>
        <form className="buscador" role="search" action="/buscar/" method="get">
          <label htmlFor="buscador-q">Buscar en el portal</label>
          <div className="buscador-fila">
            <input id="buscador-q" name="q" type="search" autoComplete="off" enterKeyHint="search" />
            <button type="submit">Buscar</button>
          </div>
        </form>
      </div>
      <nav className="menu" aria-label="Menú principal">
        <ul className="envoltura">
          {MAIN_MENU.map((item) => (
            <li key={item.url}>
              <a href={item.url} aria-current={isCurrent(item.url, ctx.url, section) ? (item.url === ctx.url ? "page" : "true") : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
