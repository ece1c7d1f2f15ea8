// Results of a benchmark run: the JSON written to bench/results/, the latest figure of every
// measurement merged across partial runs, and the Markdown tables printed and shown in the README.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { BlogCounts } from "./bench-db";
import type { DatabaseKind, DatasetReport, SizeKind } from "./datasets";
import type { JsWeight } from "./js-weight";
import type { LighthouseResult } from "./lighthouse";
import type { LoadResult } from "./load";
import type { ProxyCheck } from "./proxy-checks";
import type { PublishResult } from "./publish";
import type { Summary } from "./stats";
import { headlineKinds, renderKinds, renderLabels, type RenderKind, type RenderResult } from "./render";

export const loadPages = ["home", "post", "series"] as const;
/** The key under which the empty Next.js page's Lighthouse scores sit next to the blog's pages */
export const EMPTY_PAGE = "empty Next.js page";
/** The empty Next.js page under the same load: what `next start` itself manages on this host */
export const EMPTY_LOAD_PAGE = "empty";
export type LoadPage = (typeof loadPages)[number] | typeof EMPTY_LOAD_PAGE;
export const loadServers = ["next", "node-static", "nginx-static", "proxy"] as const;
export type LoadServer = (typeof loadServers)[number];

export interface TargetResult {
  database: DatabaseKind;
  size: SizeKind;
  /** Fraction of the issue's large size, when not the full size */
  scale?: number;
  blog?: BlogCounts;
  dataset?: DatasetReport;
  buildSeconds?: number;
  render?: Partial<Record<RenderKind, RenderResult>>;
  load?: Partial<Record<LoadPage, Partial<Record<LoadServer, LoadResult>>>>;
  proxyChecks?: ProxyCheck[];
  lighthouse?: Record<string, LighthouseResult>;
  /** The same with Lighthouse's CPU slowdown calibrated to this host (scripts/bench/lighthouse.ts) */
  lighthouseCalibrated?: Record<string, LighthouseResult>;
  js?: { post: JsWeight; empty: JsWeight };
  publish?: PublishResult;
  /** Why the measurement of this database and size stopped early */
  error?: string;
  /** When each figure above was measured (partial runs merge into the latest results) */
  measuredAt?: Record<string, string>;
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  command: string;
  scale: number;
  machine: Record<string, string>;
  targets: TargetResult[];
}

const figureKeys = [
  "blog",
  "dataset",
  "buildSeconds",
  "render",
  "load",
  "proxyChecks",
  "lighthouse",
  "lighthouseCalibrated",
  "js",
  "publish",
] as const;

/** The newest figure of each kind for each database and size, from this run and earlier ones */
export function mergeLatest(previous: BenchResults | null, current: BenchResults): BenchResults {
  const merged = new Map<string, TargetResult>();
  const key = (target: TargetResult) => `${target.database}/${target.size}/${target.scale ?? 1}`;
  for (const target of previous?.targets ?? []) merged.set(key(target), structuredClone(target));
  for (const target of current.targets) {
    const into: TargetResult = merged.get(key(target)) ?? {
      database: target.database,
      size: target.size,
      ...(target.scale === undefined ? {} : { scale: target.scale }),
    };
    into.measuredAt ??= {};
    for (const figure of figureKeys) {
      if (target[figure] === undefined) continue;
      Object.assign(into, { [figure]: target[figure] });
      into.measuredAt[figure] = current.startedAt;
    }
    merged.set(key(target), into);
  }
  const order = (target: TargetResult) =>
    (target.database === "sqlite" ? 0 : 10) + (target.size === "small" ? 0 : 2 - (target.scale ?? 1));
  return {
    ...current,
    command: current.command,
    targets: [...merged.values()].sort((a, b) => order(a) - order(b)),
  };
}

export function writeResults(root: string, results: BenchResults): { file: string; latest: BenchResults } {
  const directory = path.join(root, "bench", "results");
  mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${results.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
  const latestFile = path.join(directory, "latest.json");
  const previous = existsSync(latestFile)
    ? (JSON.parse(readFileSync(latestFile, "utf8")) as BenchResults)
    : null;
  const latest = mergeLatest(previous, results);
  writeFileSync(latestFile, JSON.stringify(latest, null, 2) + "\n");
  writeFileSync(path.join(directory, "latest.md"), renderMarkdown(latest));
  return { file, latest };
}

// ───────────────────────────── Markdown ─────────────────────────────

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const dbLabel = (database: DatabaseKind) => (database === "sqlite" ? "SQLite" : "PostgreSQL");
const fmt = (value: number | undefined, digits = 0) =>
  value === undefined || Number.isNaN(value)
    ? "–"
    : value.toLocaleString("en-US", { maximumFractionDigits: digits });
export const targetLabel = (target: TargetResult) =>
  `${dbLabel(target.database)} ${target.size}${target.scale === undefined ? "" : ` (×${target.scale})`}`;
/** "✓" or "✗ (+12 ms)" style verdicts against the issue's targets */
const verdict = (ok: boolean, miss: string) => (ok ? "✓" : `✗ ${miss}`);

function renderSection(results: BenchResults): string {
  const parts: string[] = [];
  for (const database of ["sqlite", "postgresql"] as const) {
    const small = results.targets.find((t) => t.database === database && t.size === "small" && t.render);
    const larges = results.targets.filter((t) => t.database === database && t.size === "large" && t.render);
    for (const largeTarget of larges.length > 0 ? larges : small ? [undefined] : []) {
      const s = small?.render;
      const l = largeTarget?.render;
      const rows = renderKinds
        .filter((kind) => s?.[kind] || l?.[kind])
        .map((kind) => {
          const smallResult = s?.[kind];
          const largeResult = l?.[kind];
          const ratio = smallResult && largeResult ? largeResult.p95 / smallResult.p95 : undefined;
          const headline = headlineKinds.includes(kind);
          const target =
            headline && largeResult
              ? [
                  verdict(largeResult.p95 < 50, `p95 ${fmt(largeResult.p95 - 50, 1)} ms over 50`),
                  ratio === undefined ? "" : verdict(ratio <= 1.5, `ratio ${fmt(ratio, 2)} > 1.5`),
                ]
                  .filter(Boolean)
                  .join(" ")
              : headline
                ? "–"
                : "(not a target)";
          return [
            renderLabels[kind],
            smallResult ? `${fmt(smallResult.median, 1)} / ${fmt(smallResult.p95, 1)}` : "–",
            largeResult ? `${fmt(largeResult.median, 1)} / ${fmt(largeResult.p95, 1)}` : "–",
            ratio === undefined ? "–" : `${fmt(ratio, 2)}×`,
            target,
          ];
        });
      const largeLabel = largeTarget
        ? targetLabel(largeTarget).replace(`${dbLabel(database)} `, "")
        : "large";
      parts.push(
        `**${dbLabel(database)}** — uncached server render, ms (median / p95)\n\n` +
          table(
            ["page", "small", largeLabel, `${largeLabel}/small (p95)`, "target: p95 < 50 ms, ≤ 1.5× small"],
            rows,
          ),
      );
    }
  }
  return parts.join("\n\n");
}

function loadSection(results: BenchResults): string {
  const rows: string[][] = [];
  for (const target of results.targets) {
    for (const page of [...loadPages, EMPTY_LOAD_PAGE] as const) {
      const load = target.load?.[page];
      const baseline = page === EMPTY_LOAD_PAGE;
      if (!load) continue;
      const rps = (server: LoadServer) => load[server]?.rps.median;
      const cell = (server: LoadServer) => {
        const result = load[server];
        return result
          ? `${fmt(result.rps.median)} (p95 ${fmt(result.latencyMs.p95, 1)} ms)${result.errors ? ` ⚠ ${result.errors} errors` : ""}`
          : "–";
      };
      const nextRatio = (rps("next") ?? NaN) / (rps("node-static") ?? NaN);
      const proxyRatio = (rps("proxy") ?? NaN) / (rps("nginx-static") ?? NaN);
      rows.push([
        targetLabel(target),
        baseline ? `${EMPTY_PAGE} (baseline)` : page,
        cell("next"),
        cell("node-static"),
        cell("nginx-static"),
        cell("proxy"),
        Number.isNaN(nextRatio)
          ? "–"
          : baseline
            ? fmt(nextRatio, 2)
            : `${fmt(nextRatio, 2)} ${verdict(nextRatio >= 0.8, "< 0.8")}`,
        Number.isNaN(proxyRatio) ? "–" : `${fmt(proxyRatio, 2)} ${verdict(proxyRatio >= 0.5, "< 0.5")}`,
      ]);
    }
  }
  if (rows.length === 0) return "";
  return (
    "Cached pages under load, requests/s (p95 latency)\n\n" +
    table(
      [
        "database",
        "page",
        "next start",
        "Node static file",
        "nginx static file",
        "shipped proxy",
        "next / Node (≥ 0.8)",
        "proxy / nginx (≥ 0.5)",
      ],
      rows,
    )
  );
}

/** "median / p95 ✓", or how far over the limit; a run in which nothing showed fails it */
function visibleWithin(times: Summary, missed: number, limitMs: number): string {
  const ok = times.p95 <= limitMs && missed === 0;
  const over = missed > 0 ? `${missed} not shown` : `${fmt(times.p95 - limitMs)} ms over`;
  return `${fmt(times.median)} / ${fmt(times.p95)} ${verdict(ok, over)}`;
}

function publishSection(results: BenchResults): string {
  const rows = results.targets
    .filter((target) => target.publish || target.proxyChecks)
    .map((target) => {
      const publish = target.publish;
      const checks = target.proxyChecks ?? [];
      const failed = checks.filter((check) => !check.ok);
      return [
        targetLabel(target),
        publish ? visibleWithin(publish.direct, publish.missed.direct, 1000) : "–",
        publish?.proxy ? visibleWithin(publish.proxy, publish.missed.proxy, 2000) : "–",
        publish?.approvedComment?.proxy
          ? visibleWithin(publish.approvedComment.proxy, publish.approvedComment.missed.proxy, 2000)
          : "–",
        checks.length === 0
          ? "–"
          : failed.length === 0
            ? `${checks.length}/${checks.length} ✓`
            : `✗ ${failed.map((check) => check.name).join("; ")}`,
      ];
    });
  if (rows.length === 0) return "";
  return (
    "Publish to visible, ms (median / p95), and the proxy's caching rules\n\n" +
    table(
      [
        "database",
        "home, direct (≤ 1000)",
        "home, through the proxy (≤ 2000)",
        "approved comment, through the proxy (≤ 2000)",
        "proxy caching rules",
      ],
      rows,
    )
  );
}

function lighthouseSection(results: BenchResults): string {
  const rows: string[][] = [];
  for (const target of results.targets) {
    for (const [page, result] of Object.entries(target.lighthouse ?? {})) {
      const { performance, accessibility, seo } = result.scores;
      const practices = result.scores["best-practices"];
      // The empty page is the framework's own score here: a baseline, not a target
      const baseline = page === EMPTY_PAGE;
      const score = (value: number, target: number) =>
        baseline
          ? `${value}`
          : `${value} ${verdict(value >= target, target === 100 ? "" : `${target - value} short`)}`;
      const calibrated = target.lighthouseCalibrated?.[page];
      rows.push([
        targetLabel(target),
        baseline ? `${page} (baseline)` : page,
        score(performance.median, 98),
        score(accessibility.median, 100),
        score(practices.median, 100),
        score(seo.median, 100),
        `${fmt(result.metricsMs.lcp)} ms / ${fmt(result.metricsMs.tbt)} ms`,
        calibrated
          ? `${calibrated.scores.performance.median} (×${calibrated.cpuSlowdownMultiplier}; benchmarkIndex ${fmt(calibrated.benchmarkIndex)})`
          : "–",
      ]);
    }
  }
  if (rows.length === 0) return "";
  return (
    "Lighthouse, mobile profile (median score; the last column with the CPU slowdown Lighthouse's documentation gives for this host)\n\n" +
    table(
      [
        "database",
        "page",
        "performance (≥ 98)",
        "accessibility (100)",
        "best practices (100)",
        "SEO (100)",
        "LCP / TBT",
        "performance, calibrated CPU",
      ],
      rows,
    )
  );
}

function jsSection(results: BenchResults): string {
  const rows = results.targets
    .filter((target) => target.js)
    .map((target) => {
      const js = target.js;
      if (!js) return [];
      const ratio = js.post.compressedBytes / js.empty.compressedBytes;
      return [
        targetLabel(target),
        `${fmt(js.post.compressedBytes / 1024, 1)} KiB in ${js.post.scripts} files`,
        `${fmt(js.empty.compressedBytes / 1024, 1)} KiB in ${js.empty.scripts} files`,
        `${fmt(ratio, 2)}× ${verdict(ratio <= 1.15, `${fmt((ratio - 1.15) * 100, 0)} points over`)}`,
        `${fmt(js.post.inlineScriptBytes / 1024, 1)} KiB`,
      ];
    });
  if (rows.length === 0) return "";
  return (
    "JavaScript shipped (compressed script files)\n\n" +
    table(
      [
        "database",
        "post page",
        "empty Next.js page",
        "post / empty (≤ 1.15)",
        "inline RSC payload in the post's HTML",
      ],
      rows,
    )
  );
}

function blogSection(results: BenchResults): string {
  const rows = results.targets
    .filter((target) => target.blog)
    .map((target) => {
      const blog = target.blog;
      const generation = target.dataset?.generation;
      return [
        targetLabel(target),
        fmt(blog?.posts),
        fmt(blog?.comments),
        fmt(blog?.series),
        fmt(blog?.tags),
        fmt(blog?.subscribers),
        generation ? `${fmt(generation.seconds)} s` : target.dataset?.reused ? "reused" : "–",
        target.buildSeconds === undefined ? "–" : `${fmt(target.buildSeconds)} s`,
      ];
    });
  if (rows.length === 0) return "";
  return (
    "Blogs measured\n\n" +
    table(
      ["database", "posts", "comments", "series", "tags", "subscribers", "generation", "next build"],
      rows,
    )
  );
}

export function renderMarkdown(results: BenchResults): string {
  const machine = Object.entries(results.machine)
    .map(([key, value]) => `${key}: ${value}`)
    .join("; ");
  const sections = [
    blogSection(results),
    renderSection(results),
    loadSection(results),
    publishSection(results),
    lighthouseSection(results),
    jsSection(results),
  ].filter(Boolean);
  return (
    [
      `Latest figures, updated ${results.startedAt} by \`${results.command}\` (figures of earlier partial runs are kept; bench/results/latest.json has the time of each).`,
      `Machine: ${machine}.`,
      ...sections,
    ].join("\n\n") + "\n"
  );
}

export const README_START = "<!-- bench:results:start -->";
export const README_END = "<!-- bench:results:end -->";

/** Replaces the generated part of the README's Performance section */
export function replaceReadmeResults(readme: string, markdown: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md has no ${README_START} … ${README_END} block to fill`);
  }
  return `${readme.slice(0, start + README_START.length)}\n\n${markdown.trim()}\n\n${readme.slice(end)}`;
}
