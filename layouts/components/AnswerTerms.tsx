import { REQUEST_TYPES, TERMS } from "../../src/forms/pqrsd.ts";

/** The legal answer times (Ley 1755 de 2015, art. 14), one row per type of request the form offers. */
export function AnswerTerms() {
  return (
    <table className="plazos">
      <caption>Plazos para responder, en días hábiles (Ley 1755 de 2015, artículo 14)</caption>
      <thead>
        <tr>
          <th scope="col">Tipo de solicitud</th>
          <th scope="col">Plazo</th>
          <th scope="col">Fundamento</th>
        </tr>
      </thead>
      <tbody>
        {REQUEST_TYPES.map((t) => (
          <tr key={t.value}>
            <th scope="row">{t.label}</th>
            <td>{TERMS[t.value].days} días hábiles</td>
            <td>{TERMS[t.value].basis}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
