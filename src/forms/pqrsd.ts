/**
 * The PQRSD form (Decreto 1081 de 2015, art. 2.1.1.3.1.1; Resolución MinTIC 1519 de 2020, anexo 2,
 * item 1.10), with the fields of MinTIC's model form. One definition for the page, the browser's checks
 * and the Netlify Function's.
 */
import type { FormDef, Option } from "./definition.ts";

/** Attachments: a Netlify Function receives at most 6 MB, and files travel base64-encoded inside it. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 4 * 1024 * 1024;
export const MAX_FILES = 3;
/** Whole request: attachments plus text and multipart overhead. Anything larger is refused unread. */
export const MAX_BODY_BYTES = MAX_TOTAL_BYTES + 256 * 1024;

export const REQUEST_TYPES = [
  { value: "peticion", label: "Petición", hint: "Pedir a la Alcaldía que actúe o resuelva algo, en interés suyo o de la comunidad." },
  { value: "queja", label: "Queja", hint: "Su inconformidad con la conducta de un servidor público." },
  { value: "reclamo", label: "Reclamo", hint: "Un servicio que no se prestó o se prestó mal." },
  { value: "sugerencia", label: "Sugerencia", hint: "Una idea para mejorar un servicio o un trámite." },
  { value: "denuncia", label: "Denuncia", hint: "Poner en conocimiento una conducta irregular o un posible acto de corrupción." },
  { value: "solicitud_informacion", label: "Solicitud de información pública", hint: "Pedir documentos o información que tiene la Alcaldía (Ley 1712 de 2014)." },
  { value: "consulta", label: "Consulta", hint: "Pedir el concepto de la Alcaldía sobre un tema a su cargo." },
] as const satisfies readonly Option[];

export type RequestType = (typeof REQUEST_TYPES)[number]["value"];

/**
 * Answer terms in business days (Ley 1755 de 2015, art. 14): 15 in general; 10 for documents and
 * information; 30 for consultations. Quejas, reclamos, sugerencias and denuncias are petitions and take
 * the general term.
 */
export const TERMS: Record<RequestType, { days: number; basis: string }> = {
  peticion: { days: 15, basis: "Ley 1755 de 2015, art. 14: término general" },
  queja: { days: 15, basis: "Ley 1755 de 2015, art. 14: término general" },
  reclamo: { days: 15, basis: "Ley 1755 de 2015, art. 14: término general" },
  sugerencia: { days: 15, basis: "Ley 1755 de 2015, art. 14: término general" },
  denuncia: { days: 15, basis: "Ley 1755 de 2015, art. 14: término general" },
  solicitud_informacion: { days: 10, basis: "Ley 1755 de 2015, art. 14, num. 1: documentos e información" },
  consulta: { days: 30, basis: "Ley 1755 de 2015, art. 14, num. 2: consultas" },
};

export function requestTypeLabel(value: string): string {
  return REQUEST_TYPES.find((t) => t.value === value)?.label ?? value;
}

const IDENTIFIED = { field: "identificacion", in: ["identificado"] } as const;
const PERSON = { field: "tipo_solicitante", in: ["persona_natural", "nna", "apoderado"] } as const;

export const ID_TYPES = [
  { value: "CC", label: "Cédula de ciudadanía" },
  { value: "TI", label: "Tarjeta de identidad" },
  { value: "RC", label: "Registro civil de nacimiento" },
  { value: "CE", label: "Cédula de extranjería" },
  { value: "PPT", label: "Permiso por protección temporal (PPT)" },
  { value: "PA", label: "Pasaporte" },
  { value: "NIT", label: "NIT (persona jurídica)" },
] as const satisfies readonly Option[];

const DIGITS = { pattern: "[0-9]{3,11}", invalid: "Escriba el número de documento solo con números, sin puntos ni espacios (de 3 a 11 cifras)" };

export const ANSWER_CHANNELS = [
  { value: "correo_electronico", label: "Correo electrónico" },
  { value: "correo_postal", label: "Correo postal, a la dirección que indique" },
  { value: "ventanilla", label: "La recojo en la ventanilla de la Alcaldía" },
] as const satisfies readonly Option[];

export const PQRSD_FORM: FormDef = {
  id: "pqrsd",
  version: "2026-12",
  spam: { honeypot: "sitio_web", honeypotLabel: "Deje este campo vacío", minSeconds: 5 },
  sections: [
    {
      id: "solicitud",
      legend: "Su solicitud",
      fields: [
        {
          kind: "radio",
          name: "tipo",
          label: "¿Qué quiere presentar?",
          required: true,
          missing: "Elija qué quiere presentar: petición, queja, reclamo, sugerencia, denuncia, solicitud de información o consulta",
          options: REQUEST_TYPES,
        },
        {
          kind: "text",
          name: "asunto",
          label: "Asunto",
          hint: "Una frase que resuma su solicitud.",
          required: true,
          missing: "Escriba el asunto de su solicitud",
          minLength: 5,
          maxLength: 150,
          invalid: "Escriba un asunto de al menos 5 caracteres",
        },
        {
          kind: "textarea",
          name: "descripcion",
          label: "Describa su solicitud",
          hint: "Qué pasó o qué necesita, dónde y cuándo. No incluya datos de salud ni otros datos sensibles que no sean necesarios.",
          required: true,
          missing: "Describa su solicitud",
          minLength: 20,
          maxLength: 5000,
          invalid: "Escriba una descripción de al menos 20 caracteres",
        },
        {
          kind: "file",
          name: "adjuntos",
          label: "Documentos de soporte (opcional)",
          hint: "Hasta 3 archivos PDF, JPG, PNG, DOCX, XLSX u ODT, que sumen como máximo 4 MB.",
          maxFiles: MAX_FILES,
          maxBytes: MAX_FILE_BYTES,
          maxTotalBytes: MAX_TOTAL_BYTES,
          types: [
            { ext: "pdf", mime: ["application/pdf"], label: "PDF" },
            { ext: "jpg", mime: ["image/jpeg"], label: "JPG" },
            { ext: "jpeg", mime: ["image/jpeg"], label: "JPG" },
            { ext: "png", mime: ["image/png"], label: "PNG" },
            { ext: "docx", mime: ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"], label: "DOCX" },
            { ext: "xlsx", mime: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], label: "XLSX" },
            { ext: "odt", mime: ["application/vnd.oasis.opendocument.text"], label: "ODT" },
          ],
          tooBig:
            "Los documentos adjuntos pueden sumar como máximo 4 MB. Adjunte archivos más livianos, o envíe la solicitud sin ellos y hágalos llegar con su número de radicado al correo institucional o a la ventanilla de la Alcaldía",
          badType: "Adjunte solo archivos PDF, JPG, PNG, DOCX, XLSX u ODT",
          tooMany: "Adjunte como máximo 3 archivos; si tiene más, reúnalos en un PDF",
        },
      ],
    },
    {
      id: "identidad",
      legend: "¿Quién presenta la solicitud?",
      fields: [
        {
          kind: "radio",
          name: "identificacion",
          label: "¿Quiere identificarse?",
          required: true,
          missing: "Elija si quiere identificarse o presentar la solicitud de forma anónima",
          options: [
            { value: "identificado", label: "Sí, con mis datos" },
            {
              value: "anonimo",
              label: "No, de forma anónima",
              hint: "No podremos responderle directamente: consulte la respuesta con su número de radicado en la ventanilla de la Alcaldía.",
            },
          ],
        },
        {
          kind: "checkbox",
          name: "reserva_identidad",
          label: "Pido que mi identidad se mantenga en reserva",
          hint: "Ley 1712 de 2014, artículo 4, parágrafo: sus datos solo los conocerán los servidores que tramitan la solicitud.",
          value: "si",
          shownWhen: IDENTIFIED,
        },
      ],
    },
    {
      id: "datos",
      legend: "Sus datos",
      hint: "Solo si quiere identificarse.",
      shownWhen: IDENTIFIED,
      fields: [
        {
          kind: "radio",
          name: "tipo_solicitante",
          label: "Usted es",
          required: IDENTIFIED,
          missing: "Elija si es persona natural, persona jurídica, niña, niño o adolescente, o apoderado",
          options: [
            { value: "persona_natural", label: "Persona natural" },
            { value: "persona_juridica", label: "Persona jurídica (empresa, asociación, junta)" },
            { value: "nna", label: "Niña, niño o adolescente" },
            { value: "apoderado", label: "Apoderado de otra persona" },
          ],
        },
        {
          kind: "select",
          name: "tipo_documento",
          label: "Tipo de documento",
          required: IDENTIFIED,
          missing: "Elija el tipo de documento",
          options: ID_TYPES,
        },
        {
          kind: "text",
          name: "numero_documento",
          label: "Número de documento",
          hint: "Sin puntos ni espacios.",
          required: IDENTIFIED,
          missing: "Escriba su número de documento",
          maxLength: 20,
          width: 20,
          autocomplete: "off",
          // The union of the narrower patterns below, for the HTML attribute.
          pattern: "[0-9A-Za-z\\-]{3,20}",
          invalid: "Escriba el número de documento con números y letras, sin puntos ni espacios",
          patternBy: {
            field: "tipo_documento",
            patterns: {
              CC: DIGITS,
              TI: DIGITS,
              RC: DIGITS,
              CE: { pattern: "[0-9]{3,12}", invalid: "Escriba el número de la cédula de extranjería solo con números (de 3 a 12 cifras)" },
              PPT: { pattern: "[0-9]{3,15}", invalid: "Escriba el número del PPT solo con números (de 3 a 15 cifras)" },
              PA: { pattern: "[0-9A-Za-z]{5,20}", invalid: "Escriba el número de pasaporte con letras y números, sin espacios (de 5 a 20)" },
              NIT: { pattern: "[0-9]{6,10}(-[0-9])?", invalid: "Escriba el NIT con números y, si quiere, el dígito de verificación después de un guion: 900123456-7" },
            },
          },
        },
        {
          kind: "text",
          name: "nombres",
          label: "Nombres o razón social",
          required: IDENTIFIED,
          missing: "Escriba sus nombres o la razón social",
          maxLength: 120,
          autocomplete: "given-name",
        },
        {
          kind: "text",
          name: "apellidos",
          label: "Apellidos",
          hint: "No aplica a personas jurídicas.",
          required: PERSON,
          shownWhen: IDENTIFIED,
          missing: "Escriba sus apellidos",
          maxLength: 120,
          autocomplete: "family-name",
        },
        { kind: "text", name: "pais", label: "País", maxLength: 60, autocomplete: "country-name", width: 20 },
        { kind: "text", name: "departamento", label: "Departamento", maxLength: 60, autocomplete: "address-level1", width: 20 },
        { kind: "text", name: "municipio", label: "Municipio", maxLength: 60, autocomplete: "address-level2", width: 20 },
        {
          kind: "text",
          name: "direccion",
          label: "Dirección",
          hint: "Necesaria si quiere la respuesta por correo postal.",
          required: { field: "medio_respuesta", in: ["correo_postal"] },
          missing: "Escriba la dirección a la que enviaremos la respuesta",
          maxLength: 200,
          autocomplete: "address-line1",
        },
        {
          kind: "tel",
          name: "telefono",
          label: "Teléfono o celular (opcional)",
          maxLength: 40,
          pattern: "\\+?[0-9 \\(\\)\\-]{7,20}",
          invalid: "Escriba el teléfono con números, por ejemplo 3001234567 o +57 607 724 8531",
          inputmode: "tel",
          autocomplete: "tel",
          width: 20,
        },
        {
          kind: "email",
          name: "correo",
          label: "Correo electrónico",
          hint: "Necesario si quiere la respuesta por correo electrónico.",
          required: { field: "medio_respuesta", in: ["correo_electronico"] },
          missing: "Escriba el correo electrónico al que enviaremos la respuesta",
          maxLength: 254,
          pattern: "[^\\s@]+@[^\\s@]+\\.[^\\s@]+",
          invalid: "Escriba un correo electrónico con el formato nombre@ejemplo.com",
          inputmode: "email",
          autocomplete: "email",
        },
        {
          kind: "radio",
          name: "medio_respuesta",
          label: "¿Cómo quiere recibir la respuesta?",
          required: IDENTIFIED,
          missing: "Elija cómo quiere recibir la respuesta",
          options: ANSWER_CHANNELS,
        },
      ],
    },
    {
      id: "autorizacion",
      legend: "Tratamiento de sus datos personales",
      fields: [
        {
          kind: "checkbox",
          name: "acepta_tratamiento",
          label: "Autorizo a la Alcaldía a tratar mis datos personales para tramitar esta solicitud, según el aviso de privacidad",
          value: "si",
          required: true,
          missing: "Para enviar la solicitud, marque la casilla de autorización del tratamiento de datos personales",
        },
      ],
    },
  ],
};

/** Version of the data policy the consent refers to; stored with each filing. */
export const DATA_POLICY_VERSION = "1.1 (diciembre de 2026)";
