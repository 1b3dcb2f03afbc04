/**
 * A bar chart drawn at build time as inline SVG: no script, no request. The chart is an image with a
 * text alternative; the same figures are always given as a table next to it.
 */
export interface Bar {
  label: string;
  /** Short label under the bar ("mar", "2009"). */
  short: string;
  value: number;
  met: boolean;
}

export interface BarChartProps {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  target: number;
  unit: string;
}

const W = 720;
const H = 260;
const PAD = { top: 16, right: 12, bottom: 44, left: 40 };

export function BarChart({ id, title, description, bars, target, unit }: BarChartProps) {
  const max = Math.max(target, ...bars.map((b) => b.value), 1);
  const top = Math.ceil(max * 1.15);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / Math.max(bars.length, 1);
  const barW = Math.max(4, step * 0.7);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = [0, Math.round(top / 2), top];
  const labelEvery = bars.length > 12 ? 3 : 1;
  return (
    <figure className="grafico">
      {/* Drawn at its own size and scrolled on a phone: shrunk to 390 px its labels would be 5 px. */}
      <section className="grafico-lienzo" aria-label={`Gráfico: ${title}`} tabIndex={0}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-titulo ${id}-desc`} xmlns="http://www.w3.org/2000/svg">
        <title id={`${id}-titulo`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#c8c8c8" strokeWidth="1" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="12" fill="#4b4b4b">
              {t}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = PAD.left + i * step + (step - barW) / 2;
          return (
            <g key={b.label}>
              <rect x={x} y={y(b.value)} width={barW} height={Math.max(0, y(0) - y(b.value))} fill={b.met ? "#0b6b2e" : "#b34700"}>
                <title>{`${b.label}: ${b.value} ${unit}${b.met ? " (meta cumplida)" : " (meta no cumplida)"}`}</title>
              </rect>
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#1b1b1b">
                  {b.short}
                </text>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(target)} y2={y(target)} stroke="#004884" strokeWidth="2" strokeDasharray="6 4" />
        <text x={W - PAD.right} y={y(target) - 6} textAnchor="end" fontSize="12" fill="#004884" fontWeight="bold">
          Meta: {target}
        </text>
      </svg>
      </section>
      <figcaption>
        Barras verdes: meta cumplida; barras naranjas: meta no cumplida. La línea discontinua marca la meta. Los datos están en la tabla.
      </figcaption>
    </figure>
  );
}
