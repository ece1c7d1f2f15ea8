// Time from a post's publication time to the post being listed on the home page: directly from
// `next start` and through the reverse proxy. The post is scheduled one second ahead in the
// database; the app's own scheduler publishes it and refreshes the cache as it does for authors.
import type { PrismaClient } from "../../lib/prisma-client";
import { deleteScheduledBenchPosts, schedulePost } from "./bench-db";
import { timedGet } from "./http";
import { summarise, type Summary } from "./stats";

export interface PublishResult {
  direct: Summary;
  proxy?: Summary;
  /** Runs in which the post had not appeared after the time limit */
  missed: { direct: number; proxy: number };
}

const TIME_LIMIT_MS = 15_000;
const POLL_MS = 25;

async function waitUntilListed(url: string, slug: string, publishedAt: number): Promise<number | null> {
  const needle = `/posts/${slug}"`;
  while (Date.now() - publishedAt < TIME_LIMIT_MS) {
    const response = await timedGet(url);
    if (response.status === 200 && response.body.toString("utf8").includes(needle))
      return Date.now() - publishedAt;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

export async function measurePublish(options: {
  db: PrismaClient;
  directUrl: string;
  proxyUrl?: string;
  runs: number;
  log: (line: string) => void;
}): Promise<PublishResult> {
  const direct: number[] = [];
  const proxy: number[] = [];
  const missed = { direct: 0, proxy: 0 };
  try {
    for (let run = 0; run < options.runs; run++) {
      const at = new Date(Date.now() + 1000);
      const slug = await schedulePost(options.db, at, `Benchmark-Veröffentlichung ${run + 1}`);
      const [directMs, proxyMs] = await Promise.all([
        waitUntilListed(`${options.directUrl}/`, slug, at.getTime()),
        options.proxyUrl
          ? waitUntilListed(`${options.proxyUrl}/`, slug, at.getTime())
          : Promise.resolve(null),
      ]);
      if (directMs === null) missed.direct++;
      else direct.push(directMs);
      if (options.proxyUrl) {
        if (proxyMs === null) missed.proxy++;
        else proxy.push(proxyMs);
      }
      options.log(
        `    publish ${run + 1}: home ${directMs ?? "not"} ms${options.proxyUrl ? `, through the proxy ${proxyMs ?? "not"} ms` : ""}`,
      );
    }
  } finally {
    await deleteScheduledBenchPosts(options.db);
  }
  return {
    direct: summarise(direct),
    ...(options.proxyUrl ? { proxy: summarise(proxy) } : {}),
    missed,
  };
}
