/** The status of a numeral of the transparency list, in words a citizen reads (never colour alone). */
export type NumeralStatusValue = "cumple" | "no-aplica" | "falta" | "desactualizado";

export const STATUS_TEXT: Record<NumeralStatusValue, string> = {
  cumple: "Publicado",
  "no-aplica": "No aplica",
  falta: "Falta publicar",
  desactualizado: "Desactualizado",
};

export function NumeralStatus({ status }: { status: NumeralStatusValue }) {
  return <span className={`estado-numeral estado-numeral-${status}`}>{STATUS_TEXT[status]}</span>;
}
