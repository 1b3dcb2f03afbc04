/**
 * What a whole build costs the machine: the resident memory of a process and all its descendants,
 * summed, and the CPU time they used, both sampled while it runs. GNU time reports only the largest
 * single process, and our build has two at once (Node and Pagefind's indexer). The kernel's count of
 * children's CPU time (cutime) misses Pagefind too: its process is reaped after Node exits.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const PAGE_KIB = 4;
const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface ProcessSample {
  rssKiB: number;
  /** User and system time of the process itself (all its threads), not of its children. */
  cpuS: number;
}

/** Every process of the tree under `root`, now (Linux /proc). */
function sampleTree(root: number): Map<number, ProcessSample> {
  const children = new Map<number, number[]>();
  const samples = new Map<number, ProcessSample>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command name may hold spaces and parentheses; proc(5) numbers the fields after it from 3.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[4 - 3]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      const cpuS = (Number(fields[14 - 3]) + Number(fields[15 - 3])) / TICKS_PER_SECOND;
      samples.set(pid, { rssKiB: Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_KIB, cpuS });
    } catch {
      // The process ended while we read.
    }
  }
  const tree = new Map<number, ProcessSample>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    const sample = samples.get(pid);
    if (sample) tree.set(pid, sample);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

export interface TreeCost {
  /** The largest sum of resident memory seen at one moment. */
  peakMiB: number;
  /**
   * CPU seconds of every process seen in the tree, each as last sampled: a process's final
   * `everyMs` of work before it exits is not counted.
   */
  cpuS: number;
}

/** Samples a running process tree every `everyMs` until stopped. */
export function sampleCost(root: number, everyMs = 100): () => TreeCost {
  let peak = 0;
  const cpu = new Map<number, number>();
  const take = () => {
    let rss = 0;
    for (const [pid, s] of sampleTree(root)) {
      rss += s.rssKiB;
      cpu.set(pid, s.cpuS);
    }
    peak = Math.max(peak, rss);
  };
  const timer = setInterval(take, everyMs);
  take();
  return () => {
    clearInterval(timer);
    return { peakMiB: peak / 1024, cpuS: [...cpu.values()].reduce((a, b) => a + b, 0) };
  };
}
