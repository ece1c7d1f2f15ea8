// How soon a change shows, directly from `next start` and through the reverse proxy:
// - a publish: a post scheduled three seconds ahead in the database, which the app's own scheduler
//   publishes and refreshes the cache for, as it does for authors; timed from its publication
//   time until it is listed on the home page;
// - an approved comment: a waiting comment approved by an editor in the moderation queue, in
//   Chromium (the app's own server action and cache refresh), timed from the click until the
//   comment is on the post's page.
import { chromium } from "@playwright/test";
import type { PrismaClient } from "../../lib/prisma-client";
import {
  createPendingComment,
  deleteBenchComments,
  deleteScheduledBenchPosts,
  schedulePost,
} from "./bench-db";
import { timedGet } from "./http";
import { CHROMIUM } from "./lighthouse";
import { summarise, type Summary } from "./stats";

export interface VisibleTimes {
  direct: Summary;
  proxy?: Summary;
  /** Runs in which the change had not shown after the time limit */
  missed: { direct: number; proxy: number };
}

export interface PublishResult extends VisibleTimes {
  approvedComment?: VisibleTimes;
}

const TIME_LIMIT_MS = 15_000;
// Further ahead than the scheduler's regular check (2 s), as every post an author schedules is:
// a post due sooner than that may only be noticed at the next check
const SCHEDULE_AHEAD_MS = 3_000;
const POLL_MS = 25;

async function waitUntilShown(url: string, needle: string, since: number): Promise<number | null> {
  while (Date.now() - since < TIME_LIMIT_MS) {
    const response = await timedGet(url);
    if (response.status === 200 && response.body.toString("utf8").includes(needle)) return Date.now() - since;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

class VisibleTimesRecorder {
  private readonly direct: number[] = [];
  private readonly proxy: number[] = [];
  private readonly missed = { direct: 0, proxy: 0 };

  constructor(private readonly withProxy: boolean) {}

  add(directMs: number | null, proxyMs: number | null): string {
    if (directMs === null) this.missed.direct++;
    else this.direct.push(directMs);
    if (this.withProxy) {
      if (proxyMs === null) this.missed.proxy++;
      else this.proxy.push(proxyMs);
    }
    return `${directMs ?? "not"} ms${this.withProxy ? `, through the proxy ${proxyMs ?? "not"} ms` : ""}`;
  }

  result(): VisibleTimes {
    return {
      direct: summarise(this.direct),
      ...(this.withProxy ? { proxy: summarise(this.proxy) } : {}),
      missed: this.missed,
    };
  }
}

export async function measurePublish(options: {
  db: PrismaClient;
  directUrl: string;
  proxyUrl?: string;
  runs: number;
  log: (line: string) => void;
}): Promise<PublishResult> {
  const times = new VisibleTimesRecorder(Boolean(options.proxyUrl));
  try {
    for (let run = 0; run < options.runs; run++) {
      const at = new Date(Date.now() + SCHEDULE_AHEAD_MS);
      const slug = await schedulePost(options.db, at, `Benchmark-Veröffentlichung ${run + 1}`);
      const needle = `/posts/${slug}"`;
      const [directMs, proxyMs] = await Promise.all([
        waitUntilShown(`${options.directUrl}/`, needle, at.getTime()),
        options.proxyUrl
          ? waitUntilShown(`${options.proxyUrl}/`, needle, at.getTime())
          : Promise.resolve(null),
      ]);
      options.log(`    publish ${run + 1}: home ${times.add(directMs, proxyMs)}`);
    }
  } finally {
    await deleteScheduledBenchPosts(options.db);
  }
  return times.result();
}

export async function measureApprovedComment(options: {
  db: PrismaClient;
  directUrl: string;
  proxyUrl?: string;
  /** The post to comment on, "/posts/<slug>" */
  postPath: string;
  /** An editor's session: name and value of the cookie */
  session: { name: string; value: string };
  runs: number;
  log: (line: string) => void;
}): Promise<VisibleTimes> {
  const times = new VisibleTimesRecorder(Boolean(options.proxyUrl));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-background-networking"],
  });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ ...options.session, url: options.directUrl }]);
    const moderator = await context.newPage();
    for (let run = 0; run < options.runs; run++) {
      const marker = `Benchmark-Kommentar-${Date.now()}-${run + 1}`;
      await createPendingComment(options.db, options.postPath.replace(/^\/posts\//, ""), marker);
      // Both caches hold the page without the comment, as readers left it
      await timedGet(options.directUrl + options.postPath);
      if (options.proxyUrl) await timedGet(options.proxyUrl + options.postPath);
      await moderator.goto(`${options.directUrl}/admin/comments?q=${encodeURIComponent(marker)}`);
      const approve = moderator
        .getByRole("article")
        .filter({ hasText: marker })
        .getByRole("button", { name: /^Freischalten:/ });
      await approve.waitFor();
      const clickedAt = Date.now();
      await approve.click();
      const [directMs, proxyMs] = await Promise.all([
        waitUntilShown(options.directUrl + options.postPath, marker, clickedAt),
        options.proxyUrl
          ? waitUntilShown(options.proxyUrl + options.postPath, marker, clickedAt)
          : Promise.resolve(null),
      ]);
      options.log(`    approved comment ${run + 1}: post page ${times.add(directMs, proxyMs)}`);
    }
  } finally {
    await browser.close();
    await deleteBenchComments(options.db);
  }
  return times.result();
}
