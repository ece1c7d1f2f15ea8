// The benchmark's own reads and writes: which URLs to request, the signed-in author, scheduled posts,
// comments waiting for approval.
import { createHash, randomBytes } from "node:crypto";
import { refreshCommentCount } from "../../lib/counters";
import type { DatabaseConfig } from "../../lib/database-config";
import { archiveMonthOf } from "../../lib/format";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client";
import { searchWords } from "./generate/text";

export const BENCH_ADMIN_EMAIL = "bench-admin@example.org";
export const PUBLISH_SLUG_PREFIX = "bench-veroeffentlichung-";
const BENCH_COMMENTER_EMAIL = "bench-leserin@example.org";

export function openDatabase(config: DatabaseConfig): PrismaClient {
  return createPrismaClient(config);
}

export interface UrlSamples {
  home: string[];
  deepPage: string[];
  post: string[];
  /** The posts with the most comments: the first comment page must not grow with them */
  busyPost: string[];
  series: string[];
  tag: string[];
  /** Author pages from the first to the last, the prolific authors as often as readers meet them */
  author: string[];
  archive: string[];
  archiveMonth: string[];
  search: string[];
  dashboard: string[];
  sitemap: string[];
  feed: string[];
}

export interface BlogCounts {
  posts: number;
  published: number;
  comments: number;
  series: number;
  tags: number;
  subscribers: number;
}

export async function countBlog(db: PrismaClient): Promise<BlogCounts> {
  const [posts, published, comments, series, tags, subscribers] = await Promise.all([
    db.post.count(),
    db.post.count({ where: { status: "PUBLISHED" } }),
    db.comment.count(),
    db.series.count(),
    db.tag.count(),
    db.subscriber.count(),
  ]);
  return { posts, published, comments, series, tags, subscribers };
}

async function randomSlugs(db: PrismaClient, sql: string, count: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ slug: string }[]>(`${sql} ORDER BY RANDOM() LIMIT ${count}`);
  return rows.map((row) => row.slug);
}

/** Pages of the authors of random posts (so the most prolific come up most), at depths spread from first to last */
async function authorPages(db: PrismaClient, count: number, postsPerPage: number): Promise<string[]> {
  const authors = await db.$queryRawUnsafe<{ slug: string; posts: number | bigint }[]>(
    `SELECT u.slug, u."postCount" AS posts
     FROM (SELECT "authorId" FROM "Post" WHERE status = 'PUBLISHED' ORDER BY RANDOM() LIMIT ${count}) AS picked
     JOIN "User" u ON u.id = picked."authorId"`,
  );
  return authors.map(({ slug, posts }, index) => {
    const pages = Math.max(1, Math.ceil(Number(posts) / postsPerPage));
    const page = 1 + Math.floor(((index + 0.5) / count) * pages);
    return page === 1 ? `/authors/${slug}` : `/authors/${slug}/page/${page}`;
  });
}

/** URLs to render, spread over the whole archive, so deep pages and big series are met as often as readers meet them */
export async function sampleUrls(db: PrismaClient, count: number, postsPerPage: number): Promise<UrlSamples> {
  const published = await db.post.count({ where: { status: "PUBLISHED" } });
  const pages = Math.max(1, Math.ceil(published / postsPerPage));
  const months = await db.$queryRawUnsafe<{ month: number | bigint }[]>(
    `SELECT month FROM (SELECT DISTINCT "archiveMonth" AS month FROM "Post" WHERE status = 'PUBLISHED' AND "archiveMonth" IS NOT NULL) AS months ORDER BY RANDOM() LIMIT ${count}`,
  );
  const deepPages = Array.from({ length: count }, (_, index) =>
    pages < 2 ? 1 : 2 + Math.floor(((index + 0.5) / count) * (pages - 1)),
  );
  return {
    home: ["/"],
    deepPage: [...new Set(deepPages)].map((page) => (page === 1 ? "/" : `/page/${page}`)),
    post: (await randomSlugs(db, `SELECT slug FROM "Post" WHERE status = 'PUBLISHED'`, count)).map(
      (s) => `/posts/${s}`,
    ),
    busyPost: (
      await db.post.findMany({
        where: { status: "PUBLISHED" },
        orderBy: [{ commentCount: "desc" }, { id: "asc" }],
        take: count,
        select: { slug: true },
      })
    ).map((post) => `/posts/${post.slug}`),
    series: (await randomSlugs(db, `SELECT slug FROM "Series" WHERE "episodeCount" > 0`, count)).map(
      (s) => `/series/${s}`,
    ),
    tag: (await randomSlugs(db, `SELECT slug FROM "Tag" WHERE "postCount" > 0`, count)).map(
      (s) => `/tags/${s}`,
    ),
    author: await authorPages(db, count, postsPerPage),
    archive: ["/archive"],
    archiveMonth: months.map(({ month }) => {
      const value = Number(month);
      return `/archive/${Math.floor(value / 100)}/${String(value % 100).padStart(2, "0")}`;
    }),
    search: searchWords.map((word) => `/search?q=${encodeURIComponent(word)}`),
    dashboard: ["/admin"],
    sitemap: ["/sitemap.xml"],
    feed: ["/feed.xml"],
  };
}

/** The newest published post and the series of the newest episode: the pages readers open most */
export async function popularPages(db: PrismaClient): Promise<{ post: string; series: string }> {
  const post = await db.post.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { slug: true },
  });
  const episode = await db.post.findFirst({
    where: { status: "PUBLISHED", seriesId: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { series: { select: { slug: true } } },
  });
  if (!post || !episode?.series) throw new Error("The blog has no published post in a series");
  return { post: `/posts/${post.slug}`, series: `/series/${episode.series.slug}` };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A session for the bench administrator, made as lib/auth/sessions.ts `startSession` makes one:
 * a random token in the cookie, its SHA-256 in the Session table.
 */
export async function createSession(db: PrismaClient, idleMs: number): Promise<string> {
  const user = await db.user.findUnique({ where: { email: BENCH_ADMIN_EMAIL }, select: { id: true } });
  if (!user) throw new Error(`${BENCH_ADMIN_EMAIL} does not exist; create it with scripts/user.ts first`);
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await db.session.create({
    data: {
      sessionToken: hashToken(token),
      userId: user.id,
      createdAt: now,
      expires: new Date(now.getTime() + idleMs),
    },
  });
  return token;
}

export async function benchAdminExists(db: PrismaClient): Promise<boolean> {
  return (await db.user.count({ where: { email: BENCH_ADMIN_EMAIL } })) > 0;
}

/** A post scheduled for `at`, which the app's own scheduler will publish */
export async function schedulePost(db: PrismaClient, at: Date, title: string): Promise<string> {
  const author = await db.user.findUniqueOrThrow({
    where: { email: BENCH_ADMIN_EMAIL },
    select: { id: true },
  });
  const slug = `${PUBLISH_SLUG_PREFIX}${at.getTime()}`;
  await db.post.create({
    data: {
      slug,
      title,
      excerpt: "Ein Beitrag, den der Benchmark einplant, um zu messen, wann er sichtbar wird.",
      body: "Ein Beitrag, den der Benchmark einplant, um zu messen, wann er sichtbar wird.",
      status: "SCHEDULED",
      publishedAt: at,
      archiveMonth: archiveMonthOf(at),
      readingMinutes: 1,
      authorId: author.id,
    },
  });
  return slug;
}

export async function deleteScheduledBenchPosts(db: PrismaClient): Promise<number> {
  const { count } = await db.post.deleteMany({ where: { slug: { startsWith: PUBLISH_SLUG_PREFIX } } });
  return count;
}

/** A reader's comment waiting in the moderation queue, as the comment form leaves a held one */
export async function createPendingComment(db: PrismaClient, postSlug: string, body: string): Promise<void> {
  const post = await db.post.findUniqueOrThrow({ where: { slug: postSlug }, select: { id: true } });
  await db.comment.create({
    data: {
      postId: post.id,
      authorName: "Benchmark-Leserin",
      authorEmail: BENCH_COMMENTER_EMAIL,
      body,
      status: "PENDING",
      heldFor: "Benchmark",
    },
  });
}

/** Removes the benchmark's comments and corrects the comment counts of their posts */
export async function deleteBenchComments(db: PrismaClient): Promise<number> {
  const comments = await db.comment.findMany({
    where: { authorEmail: BENCH_COMMENTER_EMAIL },
    select: { postId: true },
  });
  const { count } = await db.comment.deleteMany({ where: { authorEmail: BENCH_COMMENTER_EMAIL } });
  for (const postId of new Set(comments.map((comment) => comment.postId)))
    await refreshCommentCount(db, postId);
  return count;
}
