import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { sampleCost } from "../../src/bench/memory.ts";

describe("the bench's measure of a build", () => {
  it("counts the memory and CPU time of a command and of the processes it starts", async () => {
    // A shell that starts Node, which holds 200 MB and keeps a core busy for about 1.5 s: the
    // grandchild is what must be counted.
    const script = "const b = Buffer.alloc(200e6, 1); const end = Date.now() + 1500; while (Date.now() < end); console.log(b[0]);";
    const child = spawn("sh", ["-c", `${process.execPath} -e "${script}"`], { stdio: "ignore" });
    const stop = sampleCost(child.pid!, 20);
    await new Promise((resolve) => child.on("close", resolve));
    const cost = stop();
    expect(cost.peakMiB).toBeGreaterThan(190);
    expect(cost.cpuS).toBeGreaterThan(1.2);
    expect(cost.cpuS).toBeLessThan(10);
  });
});
