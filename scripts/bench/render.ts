// Uncached server render time. Every measured request carries Next.js's draft-mode cookie
// (__prerender_bypass=<previewModeId of this build>): in draft mode Next.js renders the page on the
// spot and runs every 'use cache' function afresh (they are neither read from nor written to the
// cache), so each request pays for all its database queries and the whole render, and leaves no
// cache entry behind for the next. The URLs are also spread over the archive (see sampleUrls).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { UrlSamples } from "./bench-db";
import { timedGet } from "./http";
import { summarise, type Summary } from "./stats";

export const renderKinds = [
  "home",
  "deepPage",
  "post",
  "busyPost",
  "series",
  "tag",
  "author",
  "archive",
  "archiveMonth",
  "search",
  "dashboard",
  "sitemap",
  "feed",
] as const;
export type RenderKind = (typeof renderKinds)[number];

/** The pages the issue names; the others show where cost grows */
export const headlineKinds: readonly RenderKind[] = [
  "home",
  "post",
  "series",
  "tag",
  "archive",
  "search",
  "dashboard",
];

export const renderLabels: Record<RenderKind, string> = {
  home: "home",
  deepPage: "home, deep page (/page/N)",
  post: "post",
  busyPost: "post, most comments",
  series: "series",
  tag: "tag",
  author: "author page (any depth)",
  archive: "archive",
  archiveMonth: "archive month",
  search: "search",
  dashboard: "author dashboard",
  sitemap: "sitemap.xml",
  feed: "feed.xml",
};

export interface RenderResult extends Summary {
  /** Time to first byte, for comparison: streamed pages flush their shell early */
  ttfb: Summary;
  urls: number;
  bytes: number;
}

export function previewModeId(root: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8")) as {
    preview?: { previewModeId?: string };
  };
  const id = manifest.preview?.previewModeId;
  if (!id) throw new Error("No previewModeId in .next/prerender-manifest.json: build the app first");
  return id;
}

export interface RenderOptions {
  baseUrl: string;
  samples: UrlSamples;
  kinds: readonly RenderKind[];
  runs: number;
  draftId: string;
  sessionCookie: string;
  log: (line: string) => void;
}

/** Feeds and the sitemap list everything: a few runs show their cost without dominating the run time */
const runsFor = (kind: RenderKind, runs: number) =>
  kind === "sitemap" || kind === "feed" ? Math.min(runs, 5) : runs;

export async function measureRender(
  options: RenderOptions,
): Promise<Partial<Record<RenderKind, RenderResult>>> {
  const { baseUrl, samples, kinds, runs, draftId, sessionCookie } = options;
  const cookieFor = (kind: RenderKind) =>
    `__prerender_bypass=${draftId}${kind === "dashboard" ? `; ${sessionCookie}` : ""}`;
  const request = async (kind: RenderKind, url: string) => {
    const response = await timedGet(baseUrl + url, { cookie: cookieFor(kind) });
    if (response.status !== 200) throw new Error(`GET ${url} (${kind}) answered ${response.status}`);
    const cacheControl = String(response.headers["cache-control"] ?? "");
    if (!/no-store/.test(cacheControl) && kind !== "sitemap" && kind !== "feed") {
      throw new Error(`GET ${url} was not rendered afresh (Cache-Control: ${cacheControl})`);
    }
    if (kind === "dashboard" && !response.body.toString("utf8").includes("Neuer Beitrag")) {
      throw new Error("The dashboard did not render for the bench administrator (session not accepted)");
    }
    return response;
  };

  // Warm-up: JIT, connection pools and the route modules load once, outside the measurement
  for (const kind of kinds) {
    const first = samples[kind][0];
    if (first) for (let i = 0; i < 2; i++) await request(kind, first);
  }

  const times = new Map<RenderKind, { total: number[]; ttfb: number[]; bytes: number[] }>();
  const longest = Math.max(...kinds.map((kind) => runsFor(kind, runs)));
  // Round-robin over the kinds, so background noise spreads over all of them alike
  for (let run = 0; run < longest; run++) {
    for (const kind of kinds) {
      if (run >= runsFor(kind, runs)) continue;
      const urls = samples[kind];
      const url = urls[run % urls.length];
      if (!url) continue;
      const response = await request(kind, url);
      const entry = times.get(kind) ?? { total: [], ttfb: [], bytes: [] };
      entry.total.push(response.totalMs);
      entry.ttfb.push(response.ttfbMs);
      entry.bytes.push(response.wireBytes);
      times.set(kind, entry);
    }
  }
  const results: Partial<Record<RenderKind, RenderResult>> = {};
  for (const kind of kinds) {
    const entry = times.get(kind);
    if (!entry) continue;
    results[kind] = {
      ...summarise(entry.total),
      ttfb: summarise(entry.ttfb),
      urls: Math.min(samples[kind].length, entry.total.length),
      bytes: Math.round(entry.bytes.reduce((a, b) => a + b, 0) / entry.bytes.length),
    };
    const result = results[kind];
    if (result)
      options.log(`    ${renderLabels[kind].padEnd(28)} median ${result.median} ms, p95 ${result.p95} ms`);
  }
  return results;
}
