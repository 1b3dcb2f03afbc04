/**
 * Peak memory of a whole build: the resident memory of a process and all its descendants, summed and
 * sampled while it runs. GNU time reports only the largest single process, and our build has two at
 * once (Node and Pagefind's indexer).
 */
import { readdirSync, readFileSync } from "node:fs";

const PAGE_KIB = 4;

/** Resident KiB of `root` and every process below it, now (Linux /proc). */
export function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command name may hold spaces and parentheses: the fields after it are what we read.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_KIB);
    } catch {
      // The process ended while we read.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a running process tree every `everyMs` until stopped; returns the peak in MiB. */
export function samplePeak(root: number, everyMs = 100): () => number {
  let peak = 0;
  const take = () => (peak = Math.max(peak, treeRssKiB(root)));
  const timer = setInterval(take, everyMs);
  take();
  return () => {
    clearInterval(timer);
    return peak / 1024;
  };
}
