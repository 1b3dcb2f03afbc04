/**
 * The upload limit on every way into the media library. Decap checks `max_file_size` (src/cms/config.ts)
 * only when the library is opened from a field; opened from «Medios» in the top bar it has no limit, and
 * a file over the Git host's limits fails later with an obscure error. This listener sees the chosen or
 * dropped file first (capture phase, before React's handlers), refuses it, and says why on the page.
 */
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { megabytes } from "../src/cms/config.ts";
import { UploadNotice } from "./UploadNotice.tsx";

let root: Root | undefined;
let host: HTMLElement | undefined;

function close(): void {
  root?.unmount();
  host?.remove();
  root = undefined;
  host = undefined;
}

function show(files: File[], message: string): void {
  close();
  host = document.createElement("div");
  host.className = "portal-subida";
  document.body.append(host);
  root = createRoot(host);
  root.render(createElement(UploadNotice, { files: files.map((f) => ({ name: f.name, size: megabytes(f.size) })), message, onClose: close }));
}

export function guardUploads(maxBytes: number, message: string): void {
  const tooBig = (files: FileList | null | undefined) => [...(files ?? [])].filter((f) => f.size > maxBytes);
  const check = (event: Event, files: FileList | null | undefined): boolean => {
    const big = tooBig(files);
    if (!big.length) return false;
    event.stopPropagation();
    event.preventDefault();
    show(big, message);
    return true;
  };
  document.addEventListener(
    "change",
    (event) => {
      const input = event.target;
      if (input instanceof HTMLInputElement && input.type === "file" && check(event, input.files)) input.value = "";
    },
    true,
  );
  document.addEventListener("drop", (event) => void check(event, event.dataTransfer?.files), true);
}
