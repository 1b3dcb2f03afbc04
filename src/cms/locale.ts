/**
 * Decap's Spanish locale lacks strings its English one has (the media library's "Copy", "Copy Name",
 * the editor's toolbar…): without them Decap shows English. These fill the gaps, and reword the pattern
 * message so that the schema's own words («Debe tener máximo 160 caracteres.») read well after the label.
 */
type Phrases = { [key: string]: string | Phrases };

export const SPANISH_SUPPLEMENT: Phrases = {
  app: {
    header: { workflow: "Revisión" },
  },
  workflow: {
    workflow: {
      loading: "Cargando las entradas en revisión",
      workflowHeading: "Revisión antes de publicar",
      newPost: "Nueva entrada",
      // Formatted by dayjs in English («December 2»): digits need no translation.
      dateFormat: "D/MM/YYYY HH:mm",
      description:
        "%{smart_count} entrada espera revisión y %{readyCount} está lista para publicar. |||| %{smart_count} entradas esperan revisión y %{readyCount} están listas para publicar.",
    },
    workflowList: {
      onDeleteEntry: "¿Seguro que quiere eliminar esta entrada?",
      onPublishingNotReadyEntry: "Solo se publican las entradas en «Listo». Arrastre la tarjeta a la columna «Listo» para poder publicarla.",
      onPublishEntry: "¿Seguro que quiere publicar esta entrada? Aparecerá en el sitio para todos.",
    },
  },
  auth: {
    loginWithAzure: "Iniciar sesión con Azure",
    loginWithForgejo: "Iniciar sesión con Forgejo",
  },
  collection: {
    sidebar: { allCollections: "Todas las colecciones", searchIn: "Buscar en" },
    collectionTop: {
      // Decap's «＋» (full width) is missing from many fonts.
      newButton: "+ %{collectionLabel}",
      viewAsList: "Ver como lista",
      viewAsGrid: "Ver como cuadrícula",
      searchResults: "Resultados de búsqueda para «%{searchTerm}»",
      searchResultsInCollection: "Resultados de búsqueda para «%{searchTerm}» en %{collection}",
      filterBy: "Filtrar por",
      groupBy: "Agrupar por",
    },
    entries: { unpublishedHeader: "Entradas sin publicar" },
    groups: { other: "Otros", negateLabel: "No %{label}" },
  },
  editor: {
    editorControl: { field: { widgetLabel: "campo %{widgetLabel}" } },
    editorControlPane: {
      widget: {
        regexPattern: "%{fieldLabel}: %{pattern}",
        invalidPath: "«%{path}» no es una ruta válida",
        pathExists: "La ruta «%{path}» ya existe",
      },
      i18n: {
        writingInLocale: "Escribiendo en %{locale}",
        copyFromLocale: "Completar desde otro idioma",
        copyFromLocaleConfirm: "¿Quiere completar con los datos en %{locale}?\nSe reemplazará todo el contenido actual.",
      },
    },
    editorInterface: {
      toggleI18n: "Mostrar u ocultar idiomas",
      togglePreview: "Mostrar u ocultar la vista previa",
      toggleScrollSync: "Sincronizar el desplazamiento",
      toggleNotes: "Mostrar u ocultar las notas",
    },
    editorNotesPane: {
      title: "Notas",
      emptyState: "Aún no hay notas. Escriba la primera abajo.",
      addNote: "Agregar nota",
      addPlaceholder: "Escriba una nota…",
      editPlaceholder: "Edite la nota…",
      save: "Guardar",
      cancel: "Cancelar",
      edit: "Editar",
      delete: "Eliminar",
      resolve: "Marcar como resuelta",
      unresolve: "Marcar como pendiente",
      confirmDelete: "¿Seguro que quiere eliminar esta nota?",
      shortcut: "Consejo: Ctrl+Enter agrega la nota",
    },
    editor: {
      onLeavePage: "¿Seguro que quiere salir de esta página? Perderá lo que no haya guardado.",
      onPublishingNotReady: "Antes de publicar, cambie el estado a «Listo».",
      onPublishing: "¿Seguro que quiere publicar esta entrada? Aparecerá en el sitio para todos.",
      onUnpublishing: "¿Seguro que quiere retirar esta entrada del sitio? Se borrará su archivo de la rama publicada.",
      onDeletePublishedEntry: "¿Seguro que quiere borrar esta entrada publicada?",
      onDeleteUnpublishedChanges: "Se eliminarán todos los cambios sin publicar de esta entrada. ¿Quiere continuar?",
      onDeleteUnpublishedChangesWithUnsavedChanges:
        "Se eliminarán todos los cambios sin publicar de esta entrada y lo que no ha guardado en esta sesión. ¿Quiere continuar?",
      confirmLoadBackup: "Se encontró una copia de lo que escribió en esta entrada sin guardar. ¿Quiere recuperarla?",
    },
    editorToolbar: {
      deployPreviewPendingButtonLabel: "Buscar la vista previa",
      deployPreviewButtonLabel: "Ver la vista previa",
      statusInfoTooltipDraft: "La entrada es un borrador. Para enviarla a revisión, cambie el estado a «En revisión».",
      statusInfoTooltipInReview: "La entrada está en revisión; no hace falta hacer nada más. Aún puede seguir haciendo cambios mientras se revisa.",
    },
    editorWidgets: {
      markdown: {
        bold: "Negrita",
        italic: "Cursiva",
        strikethrough: "Tachado",
        code: "Código",
        link: "Enlace",
        linkPrompt: "Escriba la dirección del enlace",
        headings: "Títulos",
        quote: "Cita",
        bulletedList: "Lista con viñetas",
        numberedList: "Lista numerada",
        addComponent: "Agregar componente",
        toggleMode: { rich: "Cambiar a texto enriquecido", markdown: "Cambiar a Markdown" },
      },
      image: {
        chooseMultiple: "Elegir imágenes",
        chooseUrl: "Insertar desde una dirección",
        replaceUrl: "Reemplazar con una dirección",
        promptUrl: "Escriba la dirección de la imagen",
        addMore: "Agregar más imágenes",
        removeAll: "Quitar todas las imágenes",
      },
      file: {
        chooseUrl: "Insertar desde una dirección",
        chooseMultiple: "Elegir archivos",
        replaceUrl: "Reemplazar con una dirección",
        promptUrl: "Escriba la dirección del archivo",
        addMore: "Agregar más archivos",
        removeAll: "Quitar todos los archivos",
      },
      datetime: { setToNow: "Poner %{fieldLabel} en este momento" },
      list: { add: "Agregar %{item}", addType: "Agregar %{item}" },
      object: { expand: "Expandir", collapse: "Contraer" },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      copy: "Copiar",
      copyUrl: "Copiar dirección",
      copyPath: "Copiar ruta",
      copyName: "Copiar nombre",
      copied: "Copiado",
    },
    mediaLibraryModal: { close: "Cerrar" },
  },
  ui: {
    settingsDropdown: { account: "Opciones de la cuenta" },
    toast: {
      missingRequiredField: "Falta un campo obligatorio: complételo antes de guardar.",
      onFailToPersist: "No se guardó la entrada: %{details}",
      onFailToPublishEntry: "No se publicó: %{details}",
      noteAdded: "Nota agregada",
      onFailToAddNote: "No se pudo agregar la nota: %{details}",
      noteUpdated: "Nota actualizada",
      onFailToUpdateNote: "No se pudo actualizar la nota: %{details}",
      noteDeleted: "Nota eliminada",
      onFailToDeleteNote: "No se pudo eliminar la nota: %{details}",
      noteResolved: "Nota resuelta",
      noteReopened: "Nota reabierta",
      onFailToToggleNote: "No se pudo cambiar el estado de la nota: %{details}",
      onLoggedOut: "Su sesión se cerró; guarde una copia de lo que estaba escribiendo e inicie sesión de nuevo",
      onBackendDown: "El servicio de publicación tiene una falla. Consulte %{details} para más información",
    },
  },
};

/**
 * The media library's refusal of a file over the size limit. Decap states the limit in kB; ours names it
 * in MB and says how to make a scanned document smaller.
 */
export function uploadPhrases(maxMegabytes: string): Phrases {
  return {
    mediaLibrary: {
      mediaLibrary: {
        fileTooLarge: `No se puede subir este archivo: pesa más de ${maxMegabytes}, el límite del portal. Si es un documento escaneado, escanéelo de nuevo a 200 ppp en escala de grises o redúzcalo con un compresor de PDF, y súbalo otra vez.`,
      },
    },
  };
}

/** Decap's Spanish phrases with ours laid over them: ours win, theirs stay where we say nothing. */
export function mergePhrases(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === "object" && typeof current === "object" ? mergePhrases(current, value) : value;
  }
  return out;
}
