// Lighthouse (the npm package) in Debian's Chromium, with its default mobile profile
// (emulated phone, simulated slow 4G and a 4× slower CPU). Nothing is downloaded: chrome-launcher
// starts /usr/bin/chromium, and background networking is off.
//
// The 4× assumes a high-end desktop host. Lighthouse measures the host (benchmarkIndex) and its
// documentation gives the slowdown that emulates the same mid-tier phone from slower hosts
// (docs/throttling.md, "Calibrating the CPU slowdown"); the bench runs that profile as well.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { percentile, round } from "./stats";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];

/**
 * The CPU slowdown that Lighthouse's documentation suggests for emulating a mid-tier phone from
 * a host with this benchmarkIndex: 4× from a high-end desktop (1500 and more), 2× from a low-end
 * desktop or high-end phone (800 to 1500), none from a mid-tier phone.
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}

export const DEFAULT_CPU_SLOWDOWN = 4;

export interface LighthouseResult {
  /** Median score (0-100) per category over the runs, and the lowest */
  scores: Record<Category, { median: number; min: number }>;
  metricsMs: { fcp: number; lcp: number; tbt: number; cls: number };
  /** Audits that cost points in the median run, for the README's explanation of a miss */
  failedAudits: string[];
  /** What the browser console reported (the errors-in-console audit) */
  consoleErrors: string[];
  runs: number;
  url: string;
  /** Lighthouse's measure of the host's CPU (median over the runs) */
  benchmarkIndex: number;
  cpuSlowdownMultiplier: number;
}

export async function measureLighthouse(
  pages: Record<string, string>,
  runs: number,
  log: (line: string) => void,
  cpuSlowdownMultiplier = DEFAULT_CPU_SLOWDOWN,
): Promise<Record<string, LighthouseResult>> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless", "--no-sandbox", "--disable-background-networking", "--disable-gpu"],
    logLevel: "silent",
  });
  const results: Record<string, LighthouseResult> = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const scores: Record<Category, number[]> = {
        performance: [],
        accessibility: [],
        "best-practices": [],
        seo: [],
      };
      const metrics = { fcp: [] as number[], lcp: [] as number[], tbt: [] as number[], cls: [] as number[] };
      const benchmarkIndexes: number[] = [];
      const failed = new Set<string>();
      const consoleErrors = new Set<string>();
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...categories],
          throttling: { cpuSlowdownMultiplier },
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
        benchmarkIndexes.push(lhr.environment.benchmarkIndex);
        for (const category of categories)
          scores[category].push(Math.round((lhr.categories[category]?.score ?? 0) * 100));
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        metrics.fcp.push(numeric("first-contentful-paint"));
        metrics.lcp.push(numeric("largest-contentful-paint"));
        metrics.tbt.push(numeric("total-blocking-time"));
        metrics.cls.push(numeric("cumulative-layout-shift"));
        const details = lhr.audits["errors-in-console"]?.details;
        if (details && details.type === "table") {
          for (const item of details.items) consoleErrors.add(String(item.description ?? item.source ?? ""));
        }
        for (const category of categories) {
          for (const ref of lhr.categories[category]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
              failed.add(`${category}: ${audit.id}`);
          }
        }
      }
      const median = (values: number[]) => round(percentile(values, 0.5), 0);
      results[name] = {
        scores: Object.fromEntries(
          categories.map((category) => [
            category,
            { median: median(scores[category]), min: Math.min(...scores[category]) },
          ]),
        ) as LighthouseResult["scores"],
        metricsMs: {
          fcp: median(metrics.fcp),
          lcp: median(metrics.lcp),
          tbt: median(metrics.tbt),
          cls: round(percentile(metrics.cls, 0.5), 3),
        },
        failedAudits: [...failed].sort(),
        consoleErrors: [...consoleErrors],
        runs,
        url,
        benchmarkIndex: median(benchmarkIndexes),
        cpuSlowdownMultiplier,
      };
      const entry = results[name];
      if (entry) {
        log(
          `    ${name.padEnd(8)} ${categories.map((c) => `${c} ${entry.scores[c].median}`).join(", ")}   LCP ${entry.metricsMs.lcp} ms, TBT ${entry.metricsMs.tbt} ms (CPU ×${cpuSlowdownMultiplier}, benchmarkIndex ${entry.benchmarkIndex})`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
