/**
 * The form to comment on a draft rule (Ley 1437 de 2011, art. 8, num. 8). Anonymous by default: a
 * citizen who gives their name also gets the PQRSD form's privacy notice and consent, and chooses
 * whether the name may appear in the public matrix of answers. One definition for the page, the
 * browser's checks and the Netlify Function's.
 */
import type { FormDef } from "./definition.ts";

const IDENTIFIED = { field: "identificacion", in: ["identificado"] } as const;

export const COMMENT_MAX_LENGTH = 5000;
/** A comment is text: no attachments, so the whole request stays small. */
export const COMMENT_MAX_BODY_BYTES = 64 * 1024;

export const COMMENT_FORM: FormDef = {
  id: "comentario",
  version: "2026-12",
  spam: { honeypot: "sitio_web", honeypotLabel: "Deje este campo vacío", minSeconds: 5 },
  sections: [
    {
      id: "comentario",
      legend: "Su comentario",
      fields: [
        {
          kind: "textarea",
          name: "comentario",
          label: "Comentario u observación sobre el proyecto",
          hint: `Diga qué artículo o tema comenta y qué propone. Hasta ${COMMENT_MAX_LENGTH.toLocaleString("es-CO")} caracteres.`,
          required: true,
          minLength: 10,
          maxLength: COMMENT_MAX_LENGTH,
          missing: "Escriba su comentario sobre el proyecto",
          invalid: "Escriba un comentario de al menos 10 caracteres",
        },
        {
          kind: "radio",
          name: "identificacion",
          label: "¿Quiere dar sus datos?",
          required: true,
          missing: "Elija si comenta sin dar sus datos o con ellos",
          options: [
            { value: "anonimo", label: "No, comento sin dar mis datos", hint: "La Alcaldía responde su comentario en la matriz pública, sin nombrarle." },
            { value: "identificado", label: "Sí, doy mi nombre", hint: "Para que la Alcaldía pueda escribirle o, si lo autoriza, nombrarle en la matriz." },
          ],
        },
      ],
    },
    {
      id: "datos",
      legend: "Sus datos",
      shownWhen: IDENTIFIED,
      fields: [
        { kind: "text", name: "nombre", label: "Nombre completo", required: IDENTIFIED, missing: "Escriba su nombre, o elija comentar sin dar sus datos", maxLength: 160, autocomplete: "name" },
        { kind: "text", name: "organizacion", label: "Organización que representa (opcional)", hint: "Junta de acción comunal, gremio, veeduría… Déjelo vacío si comenta a título personal.", maxLength: 160, autocomplete: "organization" },
        {
          kind: "email",
          name: "correo",
          label: "Correo electrónico (opcional)",
          hint: "Para avisarle cuando se publique la respuesta.",
          maxLength: 254,
          pattern: "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
          invalid: "Escriba el correo completo, como nombre@ejemplo.com, o déjelo vacío",
          autocomplete: "email",
          inputmode: "email",
        },
        {
          kind: "checkbox",
          name: "publicar_nombre",
          label: "Autorizo que mi nombre u organización aparezca junto a mi comentario en la matriz pública de respuestas",
          hint: "Si no la marca, la matriz dice «Ciudadano(a)».",
          value: "si",
        },
      ],
    },
    {
      id: "autorizacion",
      legend: "Tratamiento de sus datos personales",
      shownWhen: IDENTIFIED,
      fields: [
        {
          kind: "checkbox",
          name: "acepta_tratamiento",
          label: "Autorizo a la Alcaldía a tratar mis datos personales para responder este comentario, según el aviso de privacidad",
          value: "si",
          required: IDENTIFIED,
          missing: "Para enviar sus datos, marque la casilla de autorización del tratamiento de datos personales, o elija comentar sin dar sus datos",
        },
      ],
    },
  ],
};

/** A draft's identifier, as the hidden field sends it: its file name. */
export const DRAFT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
