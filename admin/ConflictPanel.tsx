/**
 * What an editor sees when their save was refused because someone else changed the entry first: who and
 * when, what they themselves changed (to copy back), and a button that loads the current version.
 */
import { useEffect, useRef } from "react";
import { conflictSummary, type ChangedField, type ConflictInfo } from "../src/cms/conflicts.ts";

const CSS = `
.portal-conflicto section { position: fixed; z-index: 2147483000; top: 150px; right: 16px; width: min(560px, calc(100vw - 32px)); max-height: calc(100vh - 96px); overflow: auto;
  background: #fff; color: #1b1b1b; border: 2px solid #a12622; border-radius: 6px; box-shadow: 0 8px 24px rgba(0,0,0,.25); padding: 16px 20px; font: 15px/1.45 system-ui, sans-serif; }
.portal-conflicto h2 { margin: 0 0 8px; font-size: 18px; color: #a12622; }
.portal-conflicto h2:focus { outline: 3px solid #004884; outline-offset: 2px; }
.portal-conflicto ol { margin: 8px 0 12px; padding-left: 22px; }
.portal-conflicto dl { margin: 0 0 12px; }
.portal-conflicto dt { font-weight: 700; margin-top: 8px; }
.portal-conflicto textarea { width: 100%; box-sizing: border-box; font: 14px/1.4 ui-monospace, monospace; }
.portal-conflicto .acciones { display: flex; gap: 8px; flex-wrap: wrap; }
.portal-conflicto button { font: inherit; padding: 8px 14px; border-radius: 4px; border: 1px solid #004884; cursor: pointer; }
.portal-conflicto button.principal { background: #004884; color: #fff; }
.portal-conflicto button.secundario { background: #fff; color: #004884; }
`;

export interface ConflictPanelProps {
  info: ConflictInfo;
  title: string;
  changes: ChangedField[];
  onReload: () => void;
  onClose: () => void;
}

export function ConflictPanel({ info, title, changes, onReload, onClose }: ConflictPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const summary = conflictSummary(info);
  return (
    <section role="alert" aria-labelledby="portal-conflicto-titulo">
      <style>{CSS}</style>
      <h2 id="portal-conflicto-titulo" ref={heading} tabIndex={-1}>
        No se guardó «{title}»
      </h2>
      <p>{summary.charAt(0).toUpperCase() + summary.slice(1)}</p>
      {info.deleted || info.created ? null : (
        <>
          <p>Qué hacer:</p>
          <ol>
            <li>Copie lo que usted cambió (abajo) en un lugar seguro.</li>
            <li>Pulse «Cargar la versión actual»: el administrador le preguntará si quiere salir sin guardar; acepte.</li>
            <li>Revise la versión actual, vuelva a hacer sus cambios y guarde.</li>
          </ol>
        </>
      )}
      {changes.length ? (
        <>
          <p>
            <strong>Lo que usted cambió:</strong>
          </p>
          <dl>
            {changes.map((c) => (
              <div key={c.key}>
                <dt>{c.label}</dt>
                <dd>
                  {c.value.length > 120 || c.value.includes("\n") ? (
                    <textarea readOnly rows={Math.min(8, c.value.split("\n").length + 1)} value={c.value} aria-label={`${c.label}: lo que usted escribió`} />
                  ) : (
                    <span>{c.value}</span>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      <div className="acciones">
        {info.deleted ? null : (
          <button type="button" className="principal" onClick={onReload}>
            Cargar la versión actual
          </button>
        )}
        <button type="button" className="secundario" onClick={onClose}>
          Cerrar este aviso
        </button>
      </div>
    </section>
  );
}
