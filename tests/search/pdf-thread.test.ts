import path from "node:path";
import { describe, expect, it } from "vitest";
import type { PdfTextResult } from "../../src/search/pdf-thread.ts";
import { startWorker } from "../../src/search/workers.ts";
import { ROOT } from "../helpers/build.ts";

describe("the PDF reader's thread", () => {
  it("answers each file in the order given, the text or why it could not be read, then ends", async () => {
    const files = [path.join(ROOT, "content/media/normativa/no-existe.pdf"), path.join(ROOT, "content/media/normativa/decreto-045-2008.pdf")];
    const worker = startWorker("pdf-thread", { files });
    const results: PdfTextResult[] = [];
    worker.on("message", (r: PdfTextResult) => results.push(r));
    const code = await new Promise((resolve) => worker.on("exit", resolve));
    expect(code).toBe(0);
    expect(results).toHaveLength(2);
    expect(results[0]).toHaveProperty("error");
    expect(results[1]).toMatchObject({ text: expect.stringMatching(/Decreto/i) });
  }, 60_000);
});
