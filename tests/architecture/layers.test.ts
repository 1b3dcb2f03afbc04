/**
 * The code's layers point one way and no files import each other in a circle: dependency-cruiser reads
 * every import (type imports too) and checks the rules of .dependency-cruiser.cjs.
 */
import { createRequire } from "node:module";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/build.ts";

const config = createRequire(import.meta.url)("../../.dependency-cruiser.cjs") as { forbidden: unknown[]; options: Record<string, unknown> };

async function violations(): Promise<{ cruised: number; found: string[] }> {
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    const { output } = await cruise(["src", "layouts", "admin", "scripts", "netlify", ".eleventy.ts"], { ...config.options, ruleSet: { forbidden: config.forbidden }, validate: true } as never);
    const result = output as ICruiseResult;
    return {
      cruised: result.modules.filter((m) => !m.coreModule && !m.couldNotResolve && !m.source.includes("node_modules")).length,
      found: result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(" → ")})` : ""}`),
    };
  } finally {
    process.chdir(previous);
  }
}

describe("the code's layers", () => {
  it("schema ← content ← views ← routes ← feeds, indicators, search ← pipeline ← dev server, with no cycle", async () => {
    const { cruised, found } = await violations();
    expect(cruised).toBeGreaterThan(100);
    expect(found).toEqual([]);
  }, 60_000);
});
