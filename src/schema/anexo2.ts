/**
 * The numbered items of the transparency menu (Resolución MinTIC 1519 de 2020, Anexo 2, num. 2.4.2), as
 * the Procuraduría's ITA matrix checks them: 1.1 … 10.2 and their sub-items.
 *
 * Transcribed from /work/shared/law/anexo2-items.md, which rebuilt the list from public copies because the
 * official text was not available in full. Titles are the items' names as those sources give them, not
 * the legal wording. `certainty` carries how sure the list is of each number and title:
 *   - "fuentes": at least two independent sources agree;
 *   - "una-fuente": only one source gives this number or title;
 *   - "discrepan": the sources disagree (`doubt` says how).
 * Check an item against an official copy before relying on its wording.
 */

export type Certainty = "fuentes" | "una-fuente" | "discrepan";

export interface CanonicalItem {
  number: string;
  title: string;
  certainty: Certainty;
  /** What the sources disagree on, or what could not be verified. */
  doubt?: string;
  sub?: readonly CanonicalItem[];
}

export interface CanonicalCategory {
  number: number;
  title: string;
  items: readonly CanonicalItem[];
}

const F: Certainty = "fuentes";
const U: Certainty = "una-fuente";
const D: Certainty = "discrepan";

function i(number: string, title: string, certainty: Certainty, rest: { doubt?: string; sub?: CanonicalItem[] } = {}): CanonicalItem {
  return { number, title, certainty, ...rest };
}

/** Sub-items that share one certainty, numbered from their parent: 1.5.1, 1.5.2… or 1.1.a, 1.1.b… */
function subs(parent: string, certainty: Certainty, titles: string[], letters = false): CanonicalItem[] {
  return titles.map((title, n) => i(`${parent}.${letters ? String.fromCharCode(97 + n) : n + 1}`, title, certainty));
}

export const ANEXO2: readonly CanonicalCategory[] = [
  {
    number: 1,
    title: "Información de la entidad",
    items: [
      i("1.1", "Misión, visión, funciones y deberes", F, { sub: subs("1.1", F, ["Misión y visión", "Funciones y deberes"], true) }),
      i("1.2", "Estructura orgánica – Organigrama", F, { sub: subs("1.2", U, ["Organigrama"], true) }),
      i("1.3", "Mapas y cartas descriptivas de los procesos", F, { sub: subs("1.3", U, ["Mapas y cartas descriptivas de los procesos"], true) }),
      i("1.4", "Directorio institucional incluyendo sedes, oficinas, sucursales o regionales, y dependencias", F, {
        sub: subs(
          "1.4",
          U,
          [
            "Información de contacto",
            "Ubicación física (nombre de la sede, si aplica)",
            "Dirección con departamento (si aplica) y municipio o distrito; corregimiento cuando aplique",
            "Horarios y días de atención al público",
            "Datos de contacto específicos de las áreas o dependencias (si aplica)",
          ],
          true,
        ),
      }),
      i("1.5", "Directorio de servidores públicos, empleados o contratistas", F, {
        doubt: "una fuente usa otros subnumerales: directorio de funcionarios, agendas abiertas, contratos con personas naturales",
        sub: subs("1.5", F, [
          "Nombres y apellidos completos",
          "País, departamento y ciudad de nacimiento",
          "Formación académica",
          "Experiencia laboral y profesional",
          "Empleo, cargo o actividad que desempeña",
          "Dependencia en la que presta sus servicios",
          "Correo electrónico institucional",
          "Teléfono institucional",
          "Escala salarial por categorías de servidores públicos",
          "Objeto, valor total de honorarios, fecha de inicio y de terminación de los contratos de prestación de servicios",
        ]),
      }),
      i("1.6", "Directorio de entidades", F, {
        sub: subs("1.6", F, ["Listado de entidades que integran el sector, rama u organismo, con enlace al sitio web de cada una"]),
      }),
      i("1.7", "Directorio de agremiaciones, asociaciones y otros grupos de interés", D, {
        doubt: "el título varía: algunas fuentes dicen «Directorio de agremiaciones o asociaciones en las que participe»",
        sub: subs("1.7", F, ["Directorio de agremiaciones, asociaciones y otros grupos de interés"]),
      }),
      i("1.8", "Servicio al público, normas, formularios y protocolos de atención", D, {
        doubt: "dos fuentes no tienen este numeral y numeran los siguientes uno menos",
      }),
      i("1.9", "Procedimientos que se siguen para tomar decisiones en las diferentes áreas", F),
      i("1.10", "Mecanismo de presentación directa de solicitudes, quejas y reclamos a disposición del público en relación con acciones u omisiones del sujeto obligado", F),
      i("1.11", "Calendario de actividades y eventos", D, { doubt: "el título varía: «Calendario de actividades» en varias fuentes" }),
      i("1.12", "Información sobre decisiones que pueden afectar al público", F),
      i("1.13", "Entes y autoridades que lo vigilan", F),
      i("1.14", "Publicación de hojas de vida", F),
    ],
  },
  {
    number: 2,
    title: "Normativa",
    items: [
      i("2.1", "Normativa de la entidad o autoridad", F, {
        sub: [
          ...subs("2.1", F, ["Leyes", "Decreto Único Reglamentario", "Normativa aplicable", "Vínculo al Diario o Gaceta Oficial", "Políticas, lineamientos y manuales"]),
          i("2.1.6", "Agenda regulatoria", D, { doubt: "una fuente no lo lista" }),
        ],
      }),
      i("2.2", "Búsqueda de normas", F, {
        sub: subs("2.2", F, ["Sistema Único de Información Normativa – SUIN", "Sistema de búsquedas de normas propio de la entidad"]),
      }),
      i("2.3", "Proyectos de normas para comentarios", F, {
        sub: [
          i("2.3.1", "Proyectos normativos", U),
          i("2.3.2", "Comentarios y documento de respuesta a comentarios", F),
          i("2.3.3", "Participación ciudadana en la expedición de normas a través del SUCOP", D, { doubt: "una fuente no lo lista" }),
        ],
      }),
    ],
  },
  {
    number: 3,
    title: "Contratación",
    items: [
      i("3.1", "Plan Anual de Adquisiciones", F, { sub: subs("3.1", F, ["Plan anual de adquisiciones de la entidad"]) }),
      i("3.2", "Publicación de la información contractual", F, { sub: subs("3.2", U, ["Información de la gestión contractual en el SECOP"]) }),
      i("3.3", "Publicación de la ejecución de los contratos", F, {
        sub: subs("3.3", U, [
          "Fecha de inicio y de finalización",
          "Valor del contrato",
          "Porcentaje de ejecución",
          "Recursos totales desembolsados o pagados",
          "Recursos pendientes de ejecutar",
          "Cantidad de otrosíes y adiciones realizadas",
        ]),
      }),
      i("3.4", "Manual de contratación, adquisición y/o compras", F, {
        sub: subs("3.4", U, ["Manual con los procedimientos, lineamientos y políticas de adquisición y compras"]),
      }),
      i("3.5", "Formatos o modelos de contratos o pliegos tipo", F, { sub: subs("3.5", U, ["Formatos o modelos de contrato y pliegos tipo, si aplica"]) }),
    ],
  },
  {
    number: 4,
    title: "Planeación, presupuesto e informes",
    items: [
      i("4.1", "Presupuesto general de ingresos, gastos e inversión", F, { sub: subs("4.1", U, ["Presupuesto general de ingresos, gastos e inversión de cada año fiscal"]) }),
      i("4.2", "Ejecución presupuestal", F, { sub: subs("4.2", U, ["Ejecución presupuestal aprobada y ejecutada de ingresos y gastos anuales"]) }),
      i("4.3", "Plan de acción", F, {
        doubt: "una fuente numera distinto los subnumerales 4.3.2 a 4.3.4",
        sub: subs("4.3", U, [
          "Objetivos",
          "Estrategias",
          "Proyectos",
          "Metas",
          "Responsables",
          "Planes generales de compras",
          "Distribución presupuestal de proyectos de inversión junto a los indicadores de gestión",
          "Presupuesto desagregado con modificaciones",
        ]),
      }),
      i("4.4", "Proyectos de inversión", F, { sub: subs("4.4", U, ["Cada proyecto de inversión"]) }),
      i("4.5", "Informes de empalme", F, { sub: subs("4.5", U, ["Informe de empalme del representante legal y de los ordenadores del gasto, cuando cambian"]) }),
      i("4.6", "Información pública y/o relevante", F, { sub: subs("4.6", U, ["Informes o comunicados de información relevante"]) }),
      i("4.7", "Informes de gestión, evaluación y auditoría", F, {
        doubt: "una fuente separa el enlace al organismo de control como 4.7.6",
        sub: subs("4.7", F, [
          "Informe de gestión",
          "Informe de rendición de cuentas ante la Contraloría General de la República o los organismos de contraloría o control territoriales",
          "Informe de rendición de cuentas a la ciudadanía",
          "Informes a organismos de inspección, vigilancia y control",
          "Planes de mejoramiento",
        ]),
      }),
      i("4.8", "Informes de la Oficina de Control Interno", F, {
        sub: subs("4.8", F, ["Informe pormenorizado", "Otros informes y/o consultas a bases de datos o sistemas de información, según aplique"]),
      }),
      i("4.9", "Informe sobre Defensa Pública y Prevención del Daño Antijurídico", F, {
        sub: subs("4.9", U, ["Informe sobre defensa pública y prevención del daño antijurídico"]),
      }),
      i("4.10", "Informes trimestrales sobre acceso a información, quejas y reclamos", D, {
        doubt: "una fuente los llama «informes mensuales»",
        sub: [
          i("4.10.1", "Informe de seguimiento a quejas y reclamos", U),
          i("4.10.2", "Informe de solicitudes de acceso a la información", U, { doubt: "título no verificado: la única fuente está cortada en este punto" }),
        ],
      }),
    ],
  },
  {
    number: 5,
    title: "Trámites",
    items: ["Normatividad que sustenta el trámite", "Procesos", "Costos asociados", "Formatos y/o formularios asociados"].map((title, n) =>
      i(`5.${n + 1}`, title, U, { doubt: "solo una fuente numera así esta categoría; otras dan un solo numeral «Trámites» con la normativa, el proceso, los costos y los formularios" }),
    ),
  },
  {
    number: 6,
    title: "Participa",
    items: [
      i("6.1", "Descripción general", F, {
        sub: [
          i("6.1.1", "Descripción general del menú Participa", F),
          ...subs("6.1", U, [
            "Información sobre los mecanismos, espacios o instancias de participación",
            "Estrategia de participación ciudadana",
            "Estrategia anual de rendición de cuentas",
            "Plan Anticorrupción y de Atención al Ciudadano (PAAC)",
            "Informes generales de rendición de cuentas",
            "Convocatorias a la ciudadanía y grupos de valor para los espacios de participación",
            "Calendario de la estrategia anual de participación ciudadana",
            "Formulario de inscripción ciudadana a procesos o instancias de participación",
            "Canal de interacción deliberativa",
          ]).map((s, n) => ({ ...s, number: `6.1.${n + 2}` })),
        ],
      }),
      i("6.2", "Estructura y secciones del menú «Participa»", F, {
        doubt: "una fuente pone rendición de cuentas y control social antes de colaboración e innovación",
        sub: [
          ...subs("6.2", F, ["Diagnóstico e identificación de problemas", "Planeación y presupuesto participativo", "Consulta ciudadana", "Colaboración e innovación abierta"]),
          i("6.2.5", "Rendición de cuentas", U, { doubt: "número deducido del orden de las secciones" }),
          i("6.2.6", "Control social", U, { doubt: "número deducido del orden de las secciones" }),
        ],
      }),
    ],
  },
  {
    number: 7,
    title: "Datos abiertos",
    items: [
      i("7.1", "Instrumentos de gestión de la información", F, {
        doubt: "una fuente intercambia 7.1.2 y 7.1.3",
        sub: [
          ...subs("7.1", F, [
            "Registro de activos de información",
            "Índice de información clasificada y reservada",
            "Esquema de publicación de la información",
            "Programa de gestión documental",
            "Tablas de retención documental",
          ]),
          i("7.1.6", "Costos de reproducción de la información pública", U, { doubt: "solo una fuente le da el número 7.1.6" }),
        ],
      }),
      i("7.2", "Sección de datos abiertos", F, { sub: [i("7.2.1", "Vista de los datos de la entidad en el Portal de Datos Abiertos (datos.gov.co)", U)] }),
    ],
  },
  {
    number: 8,
    title: "Información específica para grupos de interés",
    items: [
      i("8.1", "Información para niños, niñas y adolescentes", F),
      i("8.2", "Información para mujeres", F),
      i("8.3", "Otros de grupos de interés", D, { doubt: "algunas fuentes lo titulan «Información para población vulnerable»" }),
    ],
  },
  {
    number: 9,
    title: "Obligación de reporte de información específica por parte de la entidad",
    items: [i("9.1", "Normatividad especial", F)],
  },
  {
    number: 10,
    title: "Información tributaria en entidades territoriales locales",
    items: [
      i("10.1", "Procesos de recaudo de rentas locales", F, { doubt: "ninguna página de una entidad reproduce esta categoría; solo aparece en el código de varios sitios" }),
      i("10.2", "Tarifas de liquidación del Impuesto de Industria y Comercio (ICA)", F, { doubt: "ninguna página de una entidad reproduce esta categoría; solo aparece en el código de varios sitios" }),
    ],
  },
];

/** Every canonical number, item or sub-item, with its entry: "1.4.c" → {…}. */
export const CANONICAL = new Map<string, CanonicalItem & { category: number; parent?: string }>(
  ANEXO2.flatMap((c) =>
    c.items.flatMap((item) => [
      [item.number, { ...item, category: c.number }] as const,
      ...(item.sub ?? []).map((s) => [s.number, { ...s, category: c.number, parent: item.number }] as const),
    ]),
  ),
);
