/**
 * «¿Le fue útil esta página?» (issue #17, Participa): the small anonymous form at the foot of content
 * pages. It asks for nothing personal, so it carries no consent box; its hint asks citizens not to write
 * personal data in the comment, and points to the PQRSD form for anything that needs an answer.
 */
import type { FormDef } from "./definition.ts";

export const FEEDBACK_COMMENT_MAX = 500;
/** Two short fields and a path: anything larger is not this form and is refused unread. */
export const FEEDBACK_MAX_BODY_BYTES = 16 * 1024;

export const FEEDBACK_VOTES = [
  { value: "si", label: "Sí" },
  { value: "no", label: "No" },
] as const;

export type FeedbackVote = (typeof FEEDBACK_VOTES)[number]["value"];

export const FEEDBACK_FORM: FormDef = {
  id: "utilidad",
  version: "2026-12",
  // No minimum fill time: it would need a cookie, and a yes/no takes a second. The per-client limit and
  // the one-vote-per-view key do the rest.
  spam: { honeypot: "sitio_web", honeypotLabel: "Deje este campo vacío", minSeconds: 0 },
  sections: [
    {
      id: "utilidad",
      legend: "¿Le fue útil esta página?",
      fields: [
        {
          kind: "radio",
          name: "util",
          label: "¿Le fue útil esta página?",
          required: true,
          missing: "Elija «Sí» o «No» para decirnos si esta página le fue útil",
          options: FEEDBACK_VOTES,
        },
        {
          kind: "textarea",
          name: "opinion",
          label: "¿Qué podemos mejorar? (opcional)",
          hint: `Hasta ${FEEDBACK_COMMENT_MAX} caracteres. Su opinión es anónima: no escriba su nombre, documento, teléfono, correo ni otros datos personales. Si necesita una respuesta de la Alcaldía, presente una PQRSD.`,
          maxLength: FEEDBACK_COMMENT_MAX,
          rows: 3,
        },
      ],
    },
  ],
};
