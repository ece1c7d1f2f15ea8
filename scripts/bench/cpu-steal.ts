// How much CPU time the virtual machine's host took for other guests while the benchmark ran
// ("steal" in /proc/stat): on a shared host every figure drops with it, so the report states it.
import { readFileSync } from "node:fs";

export interface CpuTimes {
  total: number;
  steal: number;
}

/** The machine-wide line of /proc/stat: user nice system idle iowait irq softirq steal … */
export function parseCpuTimes(procStat: string): CpuTimes | null {
  const line = procStat.split("\n").find((entry) => entry.startsWith("cpu "));
  if (!line) return null;
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((field) => !Number.isFinite(field))) return null;
  return { total: fields.reduce((sum, field) => sum + field, 0), steal: fields[7] ?? 0 };
}

export function readCpuTimes(): CpuTimes | null {
  try {
    return parseCpuTimes(readFileSync("/proc/stat", "utf8"));
  } catch {
    return null; // not Linux
  }
}

/** Share of all CPU time between two readings that the host stole, in per cent */
export function stolenPercent(before: CpuTimes, after: CpuTimes): number {
  const total = after.total - before.total;
  return total > 0 ? (100 * (after.steal - before.steal)) / total : 0;
}
