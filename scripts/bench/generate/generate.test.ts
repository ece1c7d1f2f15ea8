import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveMonthOf } from "../../../lib/format";
import { readingMinutes } from "../../../lib/markdown/render";
import { prepareDatabase } from "../../../lib/migrations/prepare";
import { demoContent } from "../../../prisma/seed/demo-content";
import { apportion, generateLargeBlog, type BlogSize } from "./generate";

const scratch = mkdtempSync(path.join(os.tmpdir(), "casebook-generate-"));
const config = { provider: "sqlite", url: path.join(scratch, "bench.db") } as const;
const size: BlogSize = { posts: 80, comments: 900, series: 6, tags: 40, subscribers: 30 };
let db: Database.Database;

beforeAll(async () => {
  await prepareDatabase(config, process.cwd());
  await generateLargeBlog(config, size, () => {}, process.cwd());
  db = new Database(config.url);
}, 60_000);

afterAll(() => {
  db?.close();
  rmSync(scratch, { recursive: true, force: true });
});

const count = (sql: string) => Number(db.prepare(sql).pluck().get());

describe("the large-blog generator", () => {
  it("fills the database up to exactly the requested size, demo content included", () => {
    expect(count(`SELECT COUNT(*) FROM "Post"`)).toBe(size.posts);
    expect(count(`SELECT COUNT(*) FROM "Comment"`)).toBe(size.comments);
    expect(count(`SELECT COUNT(*) FROM "Series"`)).toBe(size.series);
    expect(count(`SELECT COUNT(*) FROM "Tag"`)).toBe(size.tags);
    expect(count(`SELECT COUNT(*) FROM "Subscriber"`)).toBe(size.subscribers);
    expect(count(`SELECT COUNT(*) FROM "Post" WHERE slug = 'kuchen-zum-einzug'`)).toBe(1);
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
  });

  it("keeps the denormalised counters equal to the rows they count", () => {
    expect(
      count(
        `SELECT COUNT(*) FROM "Post" p WHERE "commentCount" <> (SELECT COUNT(*) FROM "Comment" c WHERE c."postId" = p.id AND c.status = 'APPROVED')`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT COUNT(*) FROM "User" u WHERE "postCount" <> (SELECT COUNT(*) FROM "Post" p WHERE p."authorId" = u.id AND p.status = 'PUBLISHED')`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT COUNT(*) FROM "Tag" t WHERE "postCount" <> (SELECT COUNT(*) FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId" WHERE pt."tagId" = t.id AND p.status = 'PUBLISHED')`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT COUNT(*) FROM "Series" s WHERE "episodeCount" <> (SELECT COUNT(*) FROM "Post" p WHERE p."seriesId" = s.id AND p.status = 'PUBLISHED')`,
      ),
    ).toBe(0);
    expect(
      count(
        `SELECT COUNT(*) FROM (SELECT "archiveMonth" AS month, COUNT(*) AS n FROM "Post" WHERE status = 'PUBLISHED' AND "archiveMonth" IS NOT NULL GROUP BY "archiveMonth") AS p FULL JOIN "ArchiveMonth" a ON a.month = p.month WHERE COALESCE(p.n, 0) <> COALESCE(a."postCount", 0)`,
      ),
    ).toBe(0);
    expect(count(`SELECT SUM("postCount") FROM "ArchiveMonth"`)).toBe(
      count(`SELECT COUNT(*) FROM "Post" WHERE status = 'PUBLISHED'`),
    );
    expect(count(`SELECT SUM("commentCount") FROM "Post"`)).toBeGreaterThan(0);
  });

  it("derives archive month and reading time as the app does", () => {
    const rows = db
      .prepare(
        `SELECT body, "publishedAt", "archiveMonth", "readingMinutes" FROM "Post" WHERE "publishedAt" IS NOT NULL`,
      )
      .all() as { body: string; publishedAt: string; archiveMonth: number; readingMinutes: number }[];
    for (const row of rows) {
      expect(row.archiveMonth).toBe(archiveMonthOf(new Date(row.publishedAt)));
      expect(row.readingMinutes).toBe(readingMinutes(row.body));
    }
    // Generated drafts have no date (the demo's draft keeps the one its author planned)
    expect(
      count(
        `SELECT COUNT(*) FROM "Post" WHERE status = 'DRAFT' AND "publishedAt" IS NOT NULL AND id > ${demoContent.posts.length}`,
      ),
    ).toBe(0);
    expect(count(`SELECT COUNT(*) FROM "Post" WHERE status = 'DRAFT'`)).toBeGreaterThan(0);
  });

  it("threads replies under earlier comments of the same post, never deeper than three", () => {
    expect(count(`SELECT COUNT(*) FROM "Comment" WHERE "parentId" IS NOT NULL`)).toBeGreaterThan(0);
    expect(
      count(`SELECT COUNT(*) FROM "Comment" c JOIN "Comment" parent ON parent.id = c."parentId"
             WHERE c."postId" <> parent."postId" OR c."createdAt" < parent."createdAt"
                OR c.depth <> MIN(parent.depth + 1, 3) OR parent.status <> 'APPROVED'`),
    ).toBe(0);
    expect(count(`SELECT COUNT(*) FROM "Comment" WHERE "parentId" IS NULL AND depth <> 0`)).toBe(0);
  });

  it("makes the generated posts findable and keeps the search triggers for new posts", () => {
    const match = (word: string) =>
      count(`SELECT COUNT(*) FROM post_search WHERE post_search MATCH '"${word}"*'`);
    expect(match("kunde")).toBeGreaterThan(size.posts / 10);
    db.prepare(
      `INSERT INTO "Post" (slug, title, body, "authorId", "updatedAt") SELECT 'neu', 'Quastenflosser', '', id, '2026-01-01T00:00:00.000+00:00' FROM "User" LIMIT 1`,
    ).run();
    expect(match("quastenflosser")).toBe(1);
  });

  it("subscribes only confirmed subscribers", () => {
    expect(count(`SELECT COUNT(*) FROM "Subscription"`)).toBeGreaterThan(0);
    expect(
      count(
        `SELECT COUNT(*) FROM "Subscription" s JOIN "Subscriber" r ON r.id = s."subscriberId" WHERE r.status <> 'CONFIRMED'`,
      ),
    ).toBe(0);
  });

  it("refuses a database that is already large", async () => {
    await expect(generateLargeBlog(config, { ...size, posts: 10 }, () => {}, process.cwd())).rejects.toThrow(
      /reset it/,
    );
  });
});

describe("apportion", () => {
  it("hands out exactly the total, in proportion to the weights", () => {
    const counts = apportion([1, 0, 3, 1], 10);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(counts[1]).toBe(0);
    expect(counts[2]).toBe(6);
  });
});
