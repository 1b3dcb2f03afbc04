import { createContext } from "react";

/** In a CMS preview, pages render their body only: the frame already has its document. */
export const PreviewMode = createContext(false);
