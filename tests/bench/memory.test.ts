import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { sampleCost } from "../../src/bench/memory.ts";

describe("the bench's measure of a build", () => {
  it("counts the memory and CPU time of a command and of the processes it starts", async () => {
    // A shell that starts Node, which holds 200 MB and works until it has used 1.5 s of CPU (however
    // busy the machine is): the grandchild is what must be counted.
    const script = "const b = Buffer.alloc(200e6, 1); let n = 0; for (let u = process.cpuUsage(); u.user + u.system < 1.5e6; u = process.cpuUsage()) for (let i = 0; i < 1e7; i++) n += i; console.log(b[0], n > 0);";
    const child = spawn("sh", ["-c", `${process.execPath} -e "${script}"`], { stdio: "ignore" });
    const stop = sampleCost(child.pid!, 20);
    await new Promise((resolve) => child.on("close", resolve));
    const cost = stop();
    expect(cost.peakMiB).toBeGreaterThan(190);
    expect(cost.cpuS).toBeGreaterThan(1.2);
    expect(cost.cpuS).toBeLessThan(10);
  });
});
