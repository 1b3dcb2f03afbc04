/**
 * The headers Netlify sends for a path, derived from netlify.toml the way Netlify does: rules are parsed
 * by Netlify's own parser, every matching rule applies, and a later rule overrides an earlier one.
 */
import { readFileSync } from "node:fs";
import { parseAllHeaders } from "@netlify/headers-parser";
import { parse } from "smol-toml";

export interface HeaderRule {
  for: string;
  forRegExp: RegExp;
  values: Record<string, string>;
}

export async function loadHeaderRules(netlifyToml: string): Promise<HeaderRule[]> {
  const config = parse(readFileSync(netlifyToml, "utf8")) as { headers?: { for: string; values: Record<string, string> }[] };
  const { headers, errors } = await parseAllHeaders({ configHeaders: config.headers ?? [], minimal: false });
  if (errors.length) throw new Error(`netlify.toml tiene reglas de encabezados inválidas: ${errors.map((e: Error) => e.message).join("; ")}`);
  return headers as HeaderRule[];
}

export function headersForPath(rules: HeaderRule[], path: string): Record<string, string> {
  return rules.filter((r) => r.forRegExp.test(path)).reduce<Record<string, string>>((acc, r) => ({ ...acc, ...r.values }), {});
}

/** A CSP as directive → sources, to assert on one directive without matching the whole string. */
export function parseCsp(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}
