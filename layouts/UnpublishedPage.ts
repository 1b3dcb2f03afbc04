import { createContext } from "react";
import type { Unpublished } from "../src/content/entry.ts";

/**
 * Set on the page of an entry the public site does not show (scheduled, or hidden), in a preview: a deploy
 * preview, the dev server, the CMS. The page says so at the top, is not indexed, and is not searched.
 */
export const UnpublishedPage = createContext<Unpublished | undefined>(undefined);
