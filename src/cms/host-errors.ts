/**
 * What an editor is told when GitHub or GitLab refuses something, instead of Decap's English or the API's
 * bare words. admin/backends.ts raises these; the mapping is here so that it is tested without a browser.
 */

/** Decap's and the Git host's words on the way in. */
export function signInMessage(message: string, repo: string, host: string): string {
  if (/does not have access to this repo/i.test(message)) {
    return `Su cuenta de ${host} no tiene permiso de escritura en «${repo}». Pida a quien administra el repositorio que la agregue (README, «Dar acceso a un funcionario») y vuelva a entrar.`;
  }
  if (/not found/i.test(message)) {
    return `No se encontró el repositorio «${repo}» en ${host}, o su cuenta no puede verlo. Revise «cms.repo» en content/sitio.yaml o pida acceso a quien administra el repositorio.`;
  }
  if (/bad credentials|401|unauthori[sz]ed|token/i.test(message)) return `${host} no aceptó su inicio de sesión (la sesión venció o se revocó). Vuelva a entrar.`;
  return `No se pudo entrar con ${host}: ${message}`;
}

export const NOT_ALLOWED_TO_PUBLISH =
  "la protección de la rama publicada no lo permite: solo publican los aprobadores que el comité nombró, y la solicitud de cambios debe tener su aprobación. Deje la entrada en «Listo» y avise a un aprobador.";
export const BOTH_CHANGED =
  "desde que se creó este borrador, la versión publicada de la entrada cambió en las mismas líneas. Abra la entrada, copie sus cambios, elimine los cambios no publicados y vuelva a hacerlos sobre la versión actual.";
export const CHANGED_WHILE_PUBLISHING = "alguien guardó un cambio en este borrador mientras se publicaba. Abra la entrada, revise el cambio y publique de nuevo.";

/** Why a Git host refused to merge a draft, from its status and words (shown after «No se publicó:»). */
export function publishMessage(status: number, message: string): string {
  if (/not mergeable|cannot be merged|conflict/i.test(message) || status === 406) return BOTH_CHANGED;
  if (status === 409 || /head branch was modified|sha .*does not match/i.test(message)) return CHANGED_WHILE_PUBLISHING;
  if ([401, 403, 405, 422].includes(status) || /protected|review|approv|not authorized|permission/i.test(message)) return NOT_ALLOWED_TO_PUBLISH;
  return message;
}
