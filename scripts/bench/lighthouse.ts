// Lighthouse (the npm package) in Debian's Chromium, with its default mobile profile
// (emulated phone, simulated slow 4G and a 4× slower CPU). Nothing is downloaded: chrome-launcher
// starts /usr/bin/chromium, and background networking is off.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { percentile, round } from "./stats";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof categories)[number];

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
}

export async function measureLighthouse(
  pages: Record<string, string>,
  runs: number,
  log: (line: string) => void,
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
      const failed = new Set<string>();
      const consoleErrors = new Set<string>();
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...categories],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
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
      };
      const entry = results[name];
      if (entry) {
        log(
          `    ${name.padEnd(8)} ${categories.map((c) => `${c} ${entry.scores[c].median}`).join(", ")}   LCP ${entry.metricsMs.lcp} ms`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
