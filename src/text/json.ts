/** JSON that stays inert even if someone pastes it into a page: no raw "<" survives. */
export function safeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026")}\n`;
}
