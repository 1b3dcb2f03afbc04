import { renderMarkdown } from "../../src/markdown/index.ts";

/**
 * The one place where generated HTML enters a page: markdown-it output with raw HTML off and unsafe
 * links dropped (src/markdown). Nothing else in the layouts sets inner HTML.
 */
export function Markdown({ source, className = "contenido" }: { source: string; className?: string }) {
  return <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />;
}
