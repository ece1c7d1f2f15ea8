// Tag pages on SQLite and (with TEST_DATABASE_URL) PostgreSQL: a tag's published posts, newest
// first, ten a page, counted by the tag's counter.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PostStatus } from "./admin-posts";

// Caching is Next.js's at run time; here the reads run directly
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("taxonomy");

const { db } = await import("../db");
const { refreshAllCounts } = await import("../counters");
const { getTagPage } = await import("./taxonomy");

// 23 posts tagged "werkstatt" (2 of them not public), published a day apart, in shuffled order of
// creation so that ids do not follow the dates; every third post is also tagged "sonstiges"
const tagged = Array.from({ length: 23 }, (_, index) => ({
  slug: `werkstatt-${String(index).padStart(2, "0")}`,
  day: index + 1,
  status: (index === 4 ? "DRAFT" : index === 11 ? "UNPUBLISHED" : "PUBLISHED") as PostStatus,
}));
const publicNewestFirst = tagged
  .filter((post) => post.status === "PUBLISHED")
  .sort((a, b) => b.day - a.day)
  .map((post) => post.slug);

beforeAll(async () => {
  const author = await db.user.create({
    data: { email: "autorin@taxonomy.example", name: "Autorin", slug: "autorin-taxonomy", role: "AUTHOR" },
  });
  const werkstatt = await db.tag.create({ data: { slug: "werkstatt", name: "Werkstatt" } });
  const sonstiges = await db.tag.create({ data: { slug: "sonstiges", name: "Sonstiges" } });
  const shuffled = [...tagged].sort((a, b) => ((a.day * 7) % 23) - ((b.day * 7) % 23));
  for (const [index, post] of shuffled.entries()) {
    const publishedAt = post.status === "DRAFT" ? null : new Date(Date.UTC(2026, 0, post.day, 9));
    await db.post.create({
      data: {
        slug: post.slug,
        title: `Beitrag ${post.slug}`,
        body: "Text",
        status: post.status,
        publishedAt,
        archiveMonth: publishedAt ? 202601 : null,
        authorId: author.id,
        tags: {
          create: [{ tagId: werkstatt.id }, ...(index % 3 === 0 ? [{ tagId: sonstiges.id }] : [])],
        },
      },
    });
  }
  // An untagged post, newer than all of them
  await db.post.create({
    data: {
      slug: "ohne-schlagwort",
      title: "Ohne Schlagwort",
      body: "Text",
      status: "PUBLISHED",
      publishedAt: new Date(Date.UTC(2026, 1, 1)),
      archiveMonth: 202602,
      authorId: author.id,
    },
  });
  await refreshAllCounts(db);
});

afterAll(async () => {
  await db.$disconnect();
});

const slugs = (page: { items: { slug: string }[] }) => page.items.map((item) => item.slug);

describe(`a tag's pages on ${config.provider}`, () => {
  it("lists the tag's public posts newest first, ten a page, and counts its pages", async () => {
    const first = await getTagPage("werkstatt", 1);
    expect(first?.tag).toEqual({ name: "Werkstatt", slug: "werkstatt" });
    expect(first?.posts.total).toBe(21);
    expect(first?.posts.totalPages).toBe(3);
    expect(slugs(first!.posts)).toEqual(publicNewestFirst.slice(0, 10));
    expect(slugs((await getTagPage("werkstatt", 3))!.posts)).toEqual(publicNewestFirst.slice(20));
    expect(await getTagPage("gibt-es-nicht", 1)).toBeNull();
  });
});
