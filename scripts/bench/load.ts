// Throughput and latency under concurrent load, measured with wrk (Debian's package): the same
// page from `next start`, from the shipped reverse proxy, and as a saved HTML file from a plain
// Node.js static server and from nginx, in one run and with the same load.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { percentile, round } from "./stats";

const run = promisify(execFile);
export const WRK = process.env.WRK_PATH ?? "/usr/bin/wrk";

export interface WrkRun {
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
}

interface WrkJson {
  requests: number;
  durationUs: number;
  errors: Record<"connect" | "read" | "write" | "status" | "timeout", number>;
  latencyUs: { p50: number; p95: number; p99: number; max: number };
}

/** Reads the JSON line that wrk-report.lua prints */
export function parseWrkOutput(output: string): WrkRun {
  const line = output.split("\n").find((text) => text.startsWith("WRK_JSON "));
  if (!line) throw new Error(`wrk printed no summary:\n${output}`);
  const json = JSON.parse(line.slice("WRK_JSON ".length)) as WrkJson;
  const errors = Object.values(json.errors).reduce((a, b) => a + b, 0);
  return {
    requestsPerSecond: round(json.requests / (json.durationUs / 1e6), 0),
    latencyMs: {
      p50: round(json.latencyUs.p50 / 1000, 2),
      p95: round(json.latencyUs.p95 / 1000, 2),
      p99: round(json.latencyUs.p99 / 1000, 2),
      max: round(json.latencyUs.max / 1000, 2),
    },
    errors,
  };
}

export interface LoadSettings {
  seconds: number;
  runs: number;
  connections: number;
  threads: number;
}

export async function wrk(
  url: string,
  settings: Pick<LoadSettings, "seconds" | "connections" | "threads">,
): Promise<WrkRun> {
  const { stdout } = await run(
    WRK,
    [
      `-t${settings.threads}`,
      `-c${settings.connections}`,
      `-d${settings.seconds}s`,
      "--timeout",
      "10s",
      "-s",
      path.join(import.meta.dirname, "wrk-report.lua"),
      url,
    ],
    { maxBuffer: 1 << 20 },
  );
  return parseWrkOutput(stdout);
}

export interface LoadResult {
  /** Requests per second: median over the runs, and the slowest run */
  rps: { median: number; min: number };
  /** Latency percentiles of the requests: the median run's p50, and p95 over the runs' p95s */
  latencyMs: { median: number; p95: number; p99: number };
  runs: number;
  errors: number;
  url: string;
}

export function summariseRuns(url: string, runs: WrkRun[]): LoadResult {
  const rps = runs.map((r) => r.requestsPerSecond);
  return {
    rps: { median: round(percentile(rps, 0.5), 0), min: Math.min(...rps) },
    latencyMs: {
      median: round(
        percentile(
          runs.map((r) => r.latencyMs.p50),
          0.5,
        ),
        2,
      ),
      p95: round(
        percentile(
          runs.map((r) => r.latencyMs.p95),
          0.5,
        ),
        2,
      ),
      p99: round(
        percentile(
          runs.map((r) => r.latencyMs.p99),
          0.5,
        ),
        2,
      ),
    },
    runs: runs.length,
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    url,
  };
}

/**
 * Loads each target in turn, round after round (so drift hits all alike), after a short warm-up
 * that also fills the caches. Keys of `targets` name the servers.
 */
export async function measureLoad(
  targets: Record<string, string>,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<Record<string, LoadResult>> {
  const runs = new Map<string, WrkRun[]>();
  for (const url of Object.values(targets)) await wrk(url, { ...settings, seconds: 1 });
  for (let round = 0; round < settings.runs; round++) {
    for (const [name, url] of Object.entries(targets)) {
      const result = await wrk(url, settings);
      runs.set(name, [...(runs.get(name) ?? []), result]);
    }
  }
  const results: Record<string, LoadResult> = {};
  for (const [name, url] of Object.entries(targets)) {
    const result = summariseRuns(url, runs.get(name) ?? []);
    results[name] = result;
    log(
      `      ${name.padEnd(14)} ${String(result.rps.median).padStart(7)} req/s   p50 ${result.latencyMs.median} ms   p95 ${result.latencyMs.p95} ms${result.errors ? `   ${result.errors} errors` : ""}`,
    );
  }
  return results;
}
