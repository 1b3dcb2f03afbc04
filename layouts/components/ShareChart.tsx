/**
 * Horizontal bars of shares (0–100 %), drawn at build time as inline SVG like BarChart: an image with a
 * text alternative, its figures always in a table next to it.
 */
export interface ShareBar {
  label: string;
  count: number;
  percent: number;
}

const W = 720;
const ROW = 34;
const LABEL = 260;
const formatPercent = (p: number) => `${String(p).replace(".", ",")} %`;

export function ShareChart({ id, title, bars }: { id: string; title: string; bars: readonly ShareBar[] }) {
  const H = bars.length * ROW + 8;
  const plot = W - LABEL - 90;
  const description = bars.map((b) => `${b.label}: ${b.count} (${formatPercent(b.percent)})`).join("; ");
  return (
    <figure className="grafico">
      <section className="grafico-lienzo" aria-label={`Gráfico: ${title}`} tabIndex={0}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-titulo ${id}-desc`} xmlns="http://www.w3.org/2000/svg">
          <title id={`${id}-titulo`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {bars.map((b, i) => {
            const y = 4 + i * ROW;
            const label = b.label.length > 38 ? `${b.label.slice(0, 36)}…` : b.label;
            return (
              <g key={b.label}>
                <text x={LABEL - 8} y={y + ROW / 2 + 4} textAnchor="end" fontSize="13" fill="#1b1b1b">
                  {label}
                </text>
                <rect x={LABEL} y={y + 6} width={plot} height={ROW - 12} fill="#e6eef5" />
                <rect x={LABEL} y={y + 6} width={(plot * b.percent) / 100} height={ROW - 12} fill="#004884" />
                <text x={LABEL + plot + 8} y={y + ROW / 2 + 4} fontSize="13" fill="#1b1b1b">
                  {formatPercent(b.percent)}
                </text>
              </g>
            );
          })}
        </svg>
      </section>
      <figcaption>Porcentaje de quienes respondieron la pregunta. Los datos están en la tabla.</figcaption>
    </figure>
  );
}

export { formatPercent };
