import type { Crumb } from "../context.ts";

export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav className="migas" aria-label="Ruta de navegación">
      <ol>
        <li>
          <a href="/">Inicio</a>
        </li>
        {trail.map((c, i) => (
          <li key={i}>{c.url && i < trail.length - 1 ? <a href={c.url}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
