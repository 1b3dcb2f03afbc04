import { formatMonthKey } from "../../src/dates/index.ts";
import { LEVELS, PERIODS } from "../../src/schema/collections.ts";
import type { IndicatorResult, PeriodResult } from "../../src/schema/indicator-rules.ts";
import { countNoun } from "../../src/text/spanish.ts";
import { BarChart, type Bar } from "./BarChart.tsx";
import { DataTable } from "./DataTable.tsx";

export function periodLabel(period: string): { long: string; short: string } {
  if (/^\d{4}-\d{2}$/.test(period)) return { long: formatMonthKey(period, true), short: `${formatMonthKey(period).slice(0, 3)} ${period.slice(2, 4)}` };
  const sem = /^(\d{4})-S([12])$/.exec(period);
  if (sem) return { long: `${sem[2] === "1" ? "Primer" : "Segundo"} semestre de ${sem[1]}`, short: `${sem[1]}-${sem[2]}` };
  if (period === "total") return { long: "Todo el plan", short: "Total" };
  return { long: period, short: period };
}

const levelLabel = (v: string) => LEVELS.find((l) => l.value === v)?.label ?? v;

function verdict(p: PeriodResult): string {
  return p.met ? "Cumplida" : "No cumplida";
}

function formatValue(v: number, unit: string): string {
  return unit === "%" ? `${String(v).replace(".", ",")} %` : String(v).replace(".", ",");
}

function chartBars(ind: IndicatorResult): { bars: Bar[]; target: number; unit: string } {
  const shown = ind.periods.length > 48 ? ind.periods.slice(-24) : ind.periods;
  const groups = shown[0]?.groups;
  if (groups) {
    // Each group must meet the target: the chart counts how many did.
    const total = Object.keys(groups).length;
    return {
      target: total,
      unit: "niveles con la meta cumplida",
      bars: shown.map((p) => {
        const l = periodLabel(p.period);
        return { label: l.long, short: l.short, value: Object.values(p.groups ?? {}).filter((v) => v >= ind.target.value).length, met: p.met };
      }),
    };
  }
  return {
    target: ind.target.value,
    unit: ind.target.unit,
    bars: shown.map((p) => ({ label: periodLabel(p.period).long, short: periodLabel(p.period).short, value: p.value, met: p.met })),
  };
}

export function IndicatorSection({ ind }: { ind: IndicatorResult }) {
  const periodName = PERIODS.find((p) => p.value === ind.target.period)?.label.toLowerCase() ?? ind.target.period;
  const met = ind.periods.filter((p) => p.met).length;
  const chart = chartBars(ind);
  const groupNames = Object.keys(ind.periods[0]?.groups ?? {});
  const description =
    ind.periods.length === 0
      ? "Sin datos todavía."
      : `${ind.name}: meta cumplida en ${met} de ${ind.periods.length} periodos. ` +
        ind.periods
          .slice(-12)
          .map((p) => `${periodLabel(p.period).long}: ${formatValue(p.value, ind.target.unit)}`)
          .join("; ") +
        ".";
  return (
    <section aria-labelledby={`ind-${ind.id}`} className="indicador">
      <h2 id={`ind-${ind.id}`}>{ind.name}</h2>
      <dl className="ficha">
        <dt>Indicador en el plan</dt>
        <dd>{ind.wording}</dd>
        <dt>Meta en el plan</dt>
        <dd>{ind.target.wording}</dd>
        <dt>Meta que se calcula</dt>
        <dd>
          {ind.target.period === "once" ? "" : `${periodName}: `}al menos {ind.target.unit === "%" ? formatValue(ind.target.value, "%") : countNoun(ind.target.value, ind.target.unit)}
          {groupNames.length > 0 && ` en cada nivel (${groupNames.map(levelLabel).join(", ").toLowerCase()})`}
        </dd>
        <dt>Resultado</dt>
        <dd>
          {ind.periods.length === 0 ? "Todavía no hay datos para este indicador." : `Meta cumplida en ${met} de ${ind.periods.length} ${ind.periods.length === 1 ? "periodo" : "periodos"}.`}
        </dd>
        {ind.note && (
          <>
            <dt>De dónde salen las cifras</dt>
            <dd>{ind.note}</dd>
          </>
        )}
      </dl>
      {ind.periods.length > 0 && (
        <>
          {ind.periods.length > 1 && (
            <BarChart id={`grafico-${ind.id}`} title={ind.name} description={description} bars={chart.bars} target={chart.target} unit={chart.unit} />
          )}
          <DataTable
            label={ind.name}
            caption={`${ind.name}: valor por periodo y cumplimiento de la meta`}
            rows={ind.periods}
            rowKey={(p) => p.period}
            columns={[
              { header: "Periodo", cell: (p: PeriodResult) => periodLabel(p.period).long },
              ...groupNames.map((g) => ({ header: levelLabel(g), cell: (p: PeriodResult) => p.groups?.[g] ?? 0 })),
              { header: groupNames.length ? "Total" : "Valor", cell: (p: PeriodResult) => formatValue(p.value, ind.target.unit) },
              { header: "Meta", cell: verdict },
            ]}
          />
        </>
      )}
    </section>
  );
}

