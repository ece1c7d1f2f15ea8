import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scriptsOf } from "./js-weight";
import { parseWrkOutput } from "./load";
import { benchCacheConfig } from "./nginx";
import { calibratedCpuSlowdown, type LighthouseResult } from "./lighthouse";
import {
  EMPTY_PAGE,
  mergeLatest,
  README_END,
  README_START,
  renderMarkdown,
  replaceReadmeResults,
  type BenchResults,
} from "./report";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("wrk output", () => {
  it("reads the JSON line of wrk-report.lua and adds up every kind of error", () => {
    const output = `Running 5s test @ http://127.0.0.1:3300/
WRK_JSON {"requests":20000,"durationUs":5000000,"bytes":1,"errors":{"connect":0,"read":1,"write":0,"status":2,"timeout":0},"latencyUs":{"p50":1500,"p95":4000,"p99":9000,"max":12000}}
`;
    expect(parseWrkOutput(output)).toEqual({
      requestsPerSecond: 4000,
      latencyMs: { p50: 1.5, p95: 4, p99: 9, max: 12 },
      errors: 3,
    });
    expect(() => parseWrkOutput("Running 5s test")).toThrow(/no summary/);
  });
});

describe("the shipped nginx configuration in the benchmark", () => {
  const shipped = readFileSync(path.join(root, "deploy/nginx/casebook-cache.conf"), "utf8");

  it("points the shipped cache settings at the bench's app and scratch folder, nothing else", () => {
    const config = benchCacheConfig(shipped, 3300, "/tmp/x/cache");
    expect(config).toContain("server 127.0.0.1:3300;");
    expect(config).toContain("proxy_cache_path /tmp/x/cache ");
    expect(config.replace("3300", "3000").replace("/tmp/x/cache", "/var/cache/nginx/casebook")).toBe(shipped);
  });

  it("fails loudly when the shipped file no longer has the lines the bench replaces", () => {
    expect(() =>
      benchCacheConfig(shipped.replace("127.0.0.1:3000", "unix:/run/app.sock"), 3300, "/tmp"),
    ).toThrow(/no longer contains/);
  });

  it("never caches requests carrying the session or the reader cookie", () => {
    const map = /map \$http_cookie \$casebook_personal \{([^}]*)\}/.exec(shipped)?.[1] ?? "";
    const patterns = [...map.matchAll(/"~([^"]+)" 1;/g)].map((match) => new RegExp(match[1] ?? "$^"));
    const personal = (cookie: string) => patterns.some((pattern) => pattern.test(cookie));
    expect(personal("authjs.session-token=abc")).toBe(true);
    expect(personal("theme=dark; __Secure-authjs.session-token=abc")).toBe(true);
    expect(personal("casebook-reader=xyz")).toBe(true);
    expect(personal("theme=dark")).toBe(false);
    expect(personal("not-authjs.session-token=abc")).toBe(false);
    const proxy = readFileSync(path.join(root, "deploy/nginx/casebook-proxy.conf"), "utf8");
    expect(proxy).toMatch(/proxy_cache_bypass \$casebook_personal \$casebook_refresh;/);
    expect(proxy).toMatch(/proxy_no_cache \$casebook_personal \$casebook_uncacheable;/);
  });
});

describe("Lighthouse's CPU slowdown for this host", () => {
  it("follows the table in Lighthouse's throttling documentation for a mid-tier phone", () => {
    expect(calibratedCpuSlowdown(1800)).toBe(4);
    expect(calibratedCpuSlowdown(1500)).toBe(4);
    expect(calibratedCpuSlowdown(1128)).toBe(2);
    expect(calibratedCpuSlowdown(800)).toBe(2);
    expect(calibratedCpuSlowdown(600)).toBe(1);
  });
});

describe("the proxy's refresh rule", () => {
  it("lets only this machine replace a cached page, and only with the header's one value", () => {
    const shipped = readFileSync(path.join(root, "deploy/nginx/casebook-cache.conf"), "utf8");
    const map = /map "\$remote_addr:\$http_x_casebook_refresh" \$casebook_refresh \{([^}]*)\}/.exec(
      shipped,
    )?.[1];
    expect(map?.replace(/\s+/g, " ").trim()).toBe('default 0; "127.0.0.1:1" 1; "::1:1" 1;');
  });
});

describe("scripts of a page", () => {
  it("counts external scripts once and keeps inline code apart from JSON-LD", () => {
    const html = `<script src="/_next/static/a.js" async=""></script><script src="/_next/static/a.js"></script>
      <script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{"@type":"BlogPosting"}</script>`;
    expect(scriptsOf(html)).toEqual({
      sources: ["/_next/static/a.js"],
      inline: ['self.__next_f.push([1,"x"])'],
    });
  });
});

const run = (startedAt: string, targets: BenchResults["targets"]): BenchResults => ({
  startedAt,
  command: "npm run bench",
  scale: 1,
  machine: { cpu: "2 × test" },
  targets,
});

describe("latest results", () => {
  const render = (median: number) => ({
    home: {
      n: 1,
      median,
      p95: median,
      min: median,
      max: median,
      ttfb: { n: 1, median, p95: median, min: median, max: median },
      urls: 1,
      bytes: 1,
    },
  });

  it("keeps figures of earlier partial runs and replaces those measured again", () => {
    const first = run("2026-01-01T00:00:00.000Z", [
      { database: "sqlite", size: "large", render: render(40), buildSeconds: 60 },
    ]);
    const second = run("2026-01-02T00:00:00.000Z", [
      { database: "sqlite", size: "large", render: render(30) },
    ]);
    const merged = mergeLatest(first, second);
    expect(merged.targets).toHaveLength(1);
    expect(merged.targets[0]?.render?.home?.median).toBe(30);
    expect(merged.targets[0]?.buildSeconds).toBe(60);
    expect(merged.targets[0]?.measuredAt?.render).toBe("2026-01-02T00:00:00.000Z");
  });

  it("marks a missed target with the amount it was missed by", () => {
    const markdown = renderMarkdown(
      run("2026-01-01T00:00:00.000Z", [
        { database: "postgresql", size: "small", render: render(20) },
        { database: "postgresql", size: "large", render: render(62) },
      ]),
    );
    expect(markdown).toContain("| home | 20 / 20 | 62 / 62 | 3.1× | ✗ p95 12 ms over 50 ✗ ratio 3.1 > 1.5 |");
  });

  it("shows the empty Next.js page's Lighthouse scores as a baseline, beside the calibrated profile", () => {
    const scores = (performance: number, multiplier: number): LighthouseResult => ({
      scores: {
        performance: { median: performance, min: performance },
        accessibility: { median: 100, min: 100 },
        "best-practices": { median: 100, min: 100 },
        seo: { median: 100, min: 100 },
      },
      metricsMs: { fcp: 900, lcp: 2500, tbt: 500, cls: 0 },
      failedAudits: [],
      consoleErrors: [],
      runs: 3,
      url: "/",
      benchmarkIndex: 1128,
      cpuSlowdownMultiplier: multiplier,
    });
    const markdown = renderMarkdown(
      run("2026-01-01T00:00:00.000Z", [
        {
          database: "sqlite",
          size: "small",
          lighthouse: { post: scores(81, 4), [EMPTY_PAGE]: scores(88, 4) },
          lighthouseCalibrated: { post: scores(97, 2), [EMPTY_PAGE]: scores(99, 2) },
        },
      ]),
    );
    expect(markdown).toContain(
      "| SQLite small | post | 81 ✗ 17 short | 100 ✓ | 100 ✓ | 100 ✓ | 2,500 ms / 500 ms | 97 (×2; benchmarkIndex 1,128) |",
    );
    expect(markdown).toContain(
      "| SQLite small | empty Next.js page (baseline) | 88 | 100 | 100 | 100 | 2,500 ms / 500 ms | 99 (×2; benchmarkIndex 1,128) |",
    );
  });

  it("shows the empty Next.js page under load as a baseline without a verdict", () => {
    const load = (rps: number) => ({
      rps: { median: rps, min: rps },
      latencyMs: { median: 1, p95: 2, p99: 3 },
      runs: 3,
      errors: 0,
      url: "/",
    });
    const markdown = renderMarkdown(
      run("2026-01-01T00:00:00.000Z", [
        {
          database: "sqlite",
          size: "small",
          load: {
            home: {
              next: load(1000),
              "node-static": load(4000),
              "nginx-static": load(20000),
              proxy: load(19000),
            },
            empty: { next: load(2000), "node-static": load(5000), "nginx-static": load(30000) },
          },
        },
      ]),
    );
    expect(markdown).toContain(
      "| SQLite small | home | 1,000 (p95 2 ms) | 4,000 (p95 2 ms) | 20,000 (p95 2 ms) | 19,000 (p95 2 ms) | 0.25 ✗ < 0.8 | 0.95 ✓ |",
    );
    expect(markdown).toContain(
      `| SQLite small | ${EMPTY_PAGE} (baseline) | 2,000 (p95 2 ms) | 5,000 (p95 2 ms) | 30,000 (p95 2 ms) | – | 0.4 | – |`,
    );
  });

  it("writes the tables between the README's markers only", () => {
    const readme = `# Casebook\n\n## Performance\n\n${README_START}\nold\n${README_END}\n\n## Next\n`;
    const updated = replaceReadmeResults(readme, "| new |");
    expect(updated).toBe(
      `# Casebook\n\n## Performance\n\n${README_START}\n\n| new |\n\n${README_END}\n\n## Next\n`,
    );
    expect(() => replaceReadmeResults("# no markers", "x")).toThrow(/no <!-- bench:results:start -->/);
  });
});
