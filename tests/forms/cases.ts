/**
 * Submissions the PQRSD validator must accept or refuse, shared by the validator's own tests and by the
 * agreement test that runs the same validator in Chromium (tests/browser/pqrsd-agreement.test.ts).
 */
import type { FileInfo } from "../../src/forms/validate.ts";

export const VALID: Record<string, string> = {
  tipo: "peticion",
  asunto: "Luminarias dañadas en el parque",
  descripcion: "Las luminarias del parque principal están apagadas desde hace un mes y el sector queda a oscuras.",
  identificacion: "identificado",
  tipo_solicitante: "persona_natural",
  tipo_documento: "CC",
  numero_documento: "1098765432",
  nombres: "Ana María",
  apellidos: "Rojas Pérez",
  pais: "Colombia",
  departamento: "Santander",
  municipio: "Palmar",
  direccion: "Carrera 4 No. 5-10",
  telefono: "+57 300 123 4567",
  correo: "ana.rojas@example.com",
  medio_respuesta: "correo_electronico",
  acepta_tratamiento: "si",
};

export const ANONYMOUS: Record<string, string> = {
  tipo: "denuncia",
  asunto: "Obra sin licencia en la vereda",
  descripcion: "En la vereda El Recreo se construye una obra grande sin valla de licencia desde noviembre.",
  identificacion: "anonimo",
  acepta_tratamiento: "si",
};

const pdf = (name: string, size: number): FileInfo => ({ name, size, type: "application/pdf" });

export interface Case {
  name: string;
  values: Record<string, string | undefined>;
  files?: FileInfo[];
  /** Fields that must carry an error; empty: accepted. */
  errors: string[];
}

const without = (v: Record<string, string>, ...keys: string[]) => Object.fromEntries(Object.entries(v).filter(([k]) => !keys.includes(k)));

export const CASES: Case[] = [
  { name: "completa e identificada", values: VALID, errors: [] },
  { name: "anónima, sin datos personales", values: ANONYMOUS, errors: [] },
  { name: "anónima con datos personales escritos (se descartan)", values: { ...ANONYMOUS, numero_documento: "abc", correo: "no-es-correo" }, errors: [] },
  { name: "con tres PDF que suman 3 MB", values: VALID, files: [pdf("a.pdf", 1_000_000), pdf("b.pdf", 1_000_000), pdf("c.pdf", 1_000_000)], errors: [] },
  { name: "vacía", values: {}, errors: ["tipo", "asunto", "descripcion", "identificacion", "acepta_tratamiento"] },
  { name: "sin autorización de datos", values: without(VALID, "acepta_tratamiento"), errors: ["acepta_tratamiento"] },
  { name: "autorización con otro valor", values: { ...VALID, acepta_tratamiento: "on" }, errors: ["acepta_tratamiento"] },
  { name: "identificada sin documento", values: without(VALID, "numero_documento", "tipo_documento"), errors: ["tipo_documento", "numero_documento"] },
  { name: "cédula con puntos", values: { ...VALID, numero_documento: "1.098.765.432" }, errors: ["numero_documento"] },
  { name: "cédula con letras", values: { ...VALID, numero_documento: "10987A" }, errors: ["numero_documento"] },
  { name: "NIT con dígito de verificación", values: { ...VALID, tipo_solicitante: "persona_juridica", tipo_documento: "NIT", numero_documento: "900123456-7", apellidos: "" }, errors: [] },
  { name: "NIT mal escrito", values: { ...VALID, tipo_documento: "NIT", numero_documento: "900-123" }, errors: ["numero_documento"] },
  { name: "pasaporte con letras", values: { ...VALID, tipo_documento: "PA", numero_documento: "AB123456" }, errors: [] },
  { name: "persona natural sin apellidos", values: without(VALID, "apellidos"), errors: ["apellidos"] },
  { name: "persona jurídica sin apellidos", values: { ...without(VALID, "apellidos"), tipo_solicitante: "persona_juridica", tipo_documento: "NIT", numero_documento: "9001234567" }, errors: [] },
  { name: "correo inválido", values: { ...VALID, correo: "ana.rojas@example" }, errors: ["correo"] },
  { name: "correo con espacios", values: { ...VALID, correo: "ana rojas@example.com" }, errors: ["correo"] },
  { name: "respuesta por correo sin correo", values: without(VALID, "correo"), errors: ["correo"] },
  { name: "respuesta por correo postal sin dirección", values: { ...without(VALID, "direccion"), medio_respuesta: "correo_postal" }, errors: ["direccion"] },
  { name: "respuesta en ventanilla sin correo ni dirección", values: { ...without(VALID, "correo", "direccion"), medio_respuesta: "ventanilla" }, errors: [] },
  { name: "teléfono con letras", values: { ...VALID, telefono: "tres cero cero" }, errors: ["telefono"] },
  { name: "tipo que no existe", values: { ...VALID, tipo: "tutela" }, errors: ["tipo"] },
  { name: "asunto demasiado corto", values: { ...VALID, asunto: "Hola" }, errors: ["asunto"] },
  { name: "asunto de 151 caracteres", values: { ...VALID, asunto: "a".repeat(151) }, errors: ["asunto"] },
  { name: "descripción de 5.000 caracteres", values: { ...VALID, descripcion: "á".repeat(5000) }, errors: [] },
  { name: "descripción de 5.001 caracteres", values: { ...VALID, descripcion: "á".repeat(5001) }, errors: ["descripcion"] },
  { name: "descripción con guion de script (se acepta como texto)", values: { ...VALID, descripcion: '<script>alert("x")</script> y <img src=x onerror=alert(1)> en el parque' }, errors: [] },
  { name: "descripción con solo espacios", values: { ...VALID, descripcion: "      \n\n   " }, errors: ["descripcion"] },
  { name: "cuatro archivos", values: VALID, files: [pdf("a.pdf", 10), pdf("b.pdf", 10), pdf("c.pdf", 10), pdf("d.pdf", 10)], errors: ["adjuntos"] },
  { name: "un archivo de 5 MB", values: VALID, files: [pdf("grande.pdf", 5 * 1024 * 1024)], errors: ["adjuntos"] },
  { name: "archivos que suman más de 4 MB", values: VALID, files: [pdf("a.pdf", 2_200_000), pdf("b.pdf", 2_200_000)], errors: ["adjuntos"] },
  { name: "un ejecutable", values: VALID, files: [{ name: "programa.exe", size: 1000, type: "application/x-msdownload" }], errors: ["adjuntos"] },
  { name: "una página web", values: VALID, files: [{ name: "pagina.html", size: 1000, type: "text/html" }], errors: ["adjuntos"] },
  { name: "reserva de identidad", values: { ...VALID, reserva_identidad: "si" }, errors: [] },
  { name: "menor de edad con tarjeta de identidad", values: { ...VALID, tipo_solicitante: "nna", tipo_documento: "TI", numero_documento: "1012345678" }, errors: [] },
  { name: "solicitante que no existe", values: { ...VALID, tipo_solicitante: "alcalde" }, errors: ["tipo_solicitante"] },
];
