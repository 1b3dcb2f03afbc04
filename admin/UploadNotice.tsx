/** Why a file was not uploaded: over the portal's size limit, and how to make a scanned document smaller. */
import { useEffect, useRef } from "react";

const CSS = `
.portal-subida section { position: fixed; z-index: 2147483000; top: 72px; left: 50%; transform: translateX(-50%); width: min(520px, calc(100vw - 32px));
  background: #fff; color: #1b1b1b; border: 2px solid #a12622; border-radius: 6px; box-shadow: 0 8px 24px rgba(0,0,0,.25); padding: 16px 20px; font: 15px/1.45 system-ui, sans-serif; }
.portal-subida h2 { margin: 0 0 8px; font-size: 18px; color: #a12622; }
.portal-subida h2:focus { outline: 3px solid #004884; outline-offset: 2px; }
.portal-subida button { font: inherit; padding: 8px 14px; border-radius: 4px; border: 1px solid #004884; background: #004884; color: #fff; cursor: pointer; }
`;

export interface UploadNoticeProps {
  files: { name: string; size: string }[];
  message: string;
  onClose: () => void;
}

export function UploadNotice({ files, message, onClose }: UploadNoticeProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section role="alert" aria-labelledby="portal-subida-titulo">
      <style>{CSS}</style>
      <h2 id="portal-subida-titulo" ref={heading} tabIndex={-1}>
        No se subió {files.map((f) => `«${f.name}» (${f.size})`).join(", ")}
      </h2>
      <p>{message}</p>
      <button type="button" onClick={onClose}>
        Entendido
      </button>
    </section>
  );
}
