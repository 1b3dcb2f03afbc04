/**
 * The way into the admin: the Alcaldía's name and logo (content/sitio.yaml), what account to use and what
 * happens with what one saves, around the login button of the backend in use (Decap's own page).
 */
import { useEffect, useState, type ComponentType } from "react";
import type { SiteData } from "../src/schema/site.ts";

const CSS = `
.portal-acceso { min-height: 100vh; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 8px; padding: 24px 16px; box-sizing: border-box; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; }
.portal-acceso > header { max-width: 36rem; text-align: center; }
.portal-acceso .entidad { margin: 0; font-size: 22px; font-weight: 700; color: #004884; }
.portal-acceso h1 { margin: 4px 0 8px; font-size: 18px; font-weight: 600; }
.portal-acceso .problema { border: 2px solid #a12622; border-radius: 6px; padding: 12px 16px; background: #fff4f4; text-align: left; }
.portal-acceso > header img { display: block; margin: 0 auto 12px; height: 112px; width: auto; }
.portal-acceso > section { height: auto; min-height: 0; }
/* Decap's own copy of the logo: ours, above, goes with the entity's name. */
.portal-acceso > section > *:has(> img) { display: none; }
.portal-acceso .ayuda { max-width: 36rem; font-size: 14px; color: #444; text-align: center; }
`;

export type LoginKind = "github" | "gitlab" | "local";

export interface LoginContext {
  site: SiteData;
  kind: LoginKind;
  /** Locally: why the admin cannot work, if it cannot. */
  problem?: string;
  /** Locally: the branch a publication goes to and the Git identity it is signed with. */
  localInfo?: () => Promise<{ branch: string; author: { name: string; email: string } } | undefined>;
}

function explanation({ site, kind }: LoginContext): string {
  if (kind === "github") {
    return `Entre con su propia cuenta de GitHub, la que la Alcaldía autorizó en el repositorio «${site.cms.repo}». Lo que guarde queda a su nombre como una propuesta, y la publica un aprobador del comité.`;
  }
  if (kind === "gitlab") {
    return `Entre con su propia cuenta de GitLab, la que la Alcaldía autorizó en el proyecto «${site.cms.repo}». Lo que guarde queda a su nombre como una propuesta, y la publica un aprobador del comité.`;
  }
  return "Administrador local del equipo de desarrollo: no pide cuenta. Cada cambio se guarda como un commit de Git en este repositorio.";
}

export function withLoginPage(Original: ComponentType<Record<string, unknown>>, ctx: LoginContext): ComponentType<Record<string, unknown>> {
  return function LoginPage(props: Record<string, unknown>) {
    const [local, setLocal] = useState<string | undefined>(undefined);
    useEffect(() => {
      void ctx.localInfo?.().then((i) => i && setLocal(`Publicará en la rama «${i.branch}» como ${i.author.name} <${i.author.email}>.`));
    }, []);
    return (
      <div className="portal-acceso">
        <style>{CSS}</style>
        <header>
          <img src={ctx.site.logo ?? "/favicon.svg"} alt={`Logo de ${ctx.site.entity}`} />
          <p className="entidad">{ctx.site.entity}</p>
          <h1>Administrador de contenidos del portal</h1>
          {ctx.problem ? (
            <p className="problema" role="alert">
              {ctx.problem}
            </p>
          ) : (
            <p>{explanation(ctx)}</p>
          )}
          {local ? <p>{local}</p> : null}
        </header>
        {ctx.problem ? null : <Original {...props} />}
        <p className="ayuda">
          ¿No puede entrar o necesita acceso? Escriba a {ctx.site.email}.
        </p>
      </div>
    );
  };
}
