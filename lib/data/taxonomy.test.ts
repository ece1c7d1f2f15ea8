// Tag pages on SQLite and (with TEST_DATABASE_URL) PostgreSQL: a tag's published posts, newest
// first, ten a page, counted by the tag's counter, the same whether read from the tag's own
// entries (a tag with few posts) or by walking the archive's date index (many).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PostStatus } from "./admin-posts";

// Caching is Next.js's at run time; here the reads run directly
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("taxonomy");

const { db } = await import("../db");
const { refreshAllCounts } = await import("../counters");
const { getTagPage, taggedPostIds } = await import("./taxonomy");
const { listPublishedPosts } = await import("./posts");

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

  it("reads the same pages from the tag's entries as from the archive's date index", async () => {
    // Two posts at the same minute: the newer id comes first either way
    const author = await db.user.findFirstOrThrow();
    const tag = await db.tag.create({ data: { slug: "gleichzeitig", name: "Gleichzeitig" } });
    const at = new Date(Date.UTC(2026, 0, 15, 9, 30));
    for (const slug of ["gleichzeitig-a", "gleichzeitig-b"]) {
      await db.post.create({
        data: {
          slug,
          title: slug,
          body: "Text",
          status: "PUBLISHED",
          publishedAt: at,
          archiveMonth: 202601,
          authorId: author.id,
          tags: { create: [{ tagId: tag.id }] },
        },
      });
    }
    const werkstatt = await db.tag.findUniqueOrThrow({ where: { slug: "werkstatt" } });
    await db.postTag.create({
      data: {
        tagId: werkstatt.id,
        postId: (await db.post.findUniqueOrThrow({ where: { slug: "gleichzeitig-a" } })).id,
      },
    });
    await db.postTag.create({
      data: {
        tagId: werkstatt.id,
        postId: (await db.post.findUniqueOrThrow({ where: { slug: "gleichzeitig-b" } })).id,
      },
    });
    for (const { id, total } of [
      { id: tag.id, total: 2 },
      { id: werkstatt.id, total: 23 },
    ]) {
      for (const page of [1, 2, 3, 4]) {
        const walked = await listPublishedPosts({ tags: { some: { tagId: id } } }, page, { total });
        const fromEntries = await listPublishedPosts({ tags: { some: { tagId: id } } }, page, {
          total,
          shortListIds: (skip, take) => taggedPostIds(id, skip, take),
        });
        expect(fromEntries).toEqual(walked);
      }
    }
    const pages = await Promise.all(
      [1, 2, 3].map((page) =>
        listPublishedPosts({ tags: { some: { tagId: werkstatt.id } } }, page, { total: 23 }),
      ),
    );
    const all = pages.flatMap(slugs);
    expect(all).toHaveLength(23);
    expect(all.indexOf("gleichzeitig-b")).toBe(all.indexOf("gleichzeitig-a") - 1);
    await db.postTag.deleteMany({
      where: { tagId: werkstatt.id, post: { slug: { startsWith: "gleichzeitig-" } } },
    });
  });
});
