// Public author pages on SQLite and (with TEST_DATABASE_URL) PostgreSQL: the page's total comes from
// the author's counter, which every way a post goes public or stops being public keeps current.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/permissions";

// Caching is Next.js's at run time; here the reads run directly
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("authors");

const { db } = await import("../db");
const { siteConfig } = await import("../site-config");
const { changePostStatus, deletePost, publishDuePosts } = await import("./admin-posts");
const { getAuthorPage } = await import("./authors");

const editor: Actor = { id: "", role: "EDITOR" };
const perPage = siteConfig.postsPerPage;
const published = perPage + 3;

async function draftBy(authorId: string, slug: string): Promise<number> {
  const post = await db.post.create({ data: { slug, title: `Beitrag ${slug}`, body: "Text", authorId } });
  return post.id;
}

const totalOf = async () => (await getAuthorPage("redakteurin-autoren", 1))?.posts.total ?? 0;

beforeAll(async () => {
  editor.id = (
    await db.user.create({
      data: {
        email: "redaktion@authors.example",
        name: "Redakteurin",
        slug: "redakteurin-autoren",
        role: "EDITOR",
      },
    })
  ).id;
  await db.user.create({
    data: { email: "leer@authors.example", name: "Ohne Beiträge", slug: "ohne-beitraege", role: "AUTHOR" },
  });
  for (let n = 0; n < published; n++) {
    await changePostStatus(editor, await draftBy(editor.id, `veroeffentlicht-${n}`), { intent: "publish" });
  }
  await draftBy(editor.id, "nur-entwurf");
});

afterAll(async () => {
  await db.$disconnect();
});

describe(`an author's page on ${config.provider}`, () => {
  it("lists the author's published posts, newest first, a page at a time", async () => {
    const first = await getAuthorPage("redakteurin-autoren", 1);
    expect(first?.author).toEqual({ name: "Redakteurin", slug: "redakteurin-autoren", bio: "" });
    expect(first?.posts).toMatchObject({ page: 1, total: published, totalPages: 2 });
    expect(first?.posts.items).toHaveLength(perPage);
    expect(first?.posts.items[0]?.slug).toBe(`veroeffentlicht-${published - 1}`);
    const second = await getAuthorPage("redakteurin-autoren", 2);
    expect(second?.posts.items.map((post) => post.slug)).toEqual([
      "veroeffentlicht-2",
      "veroeffentlicht-1",
      "veroeffentlicht-0",
    ]);
  });

  it("keeps its total when posts are unpublished, deleted, scheduled and published by the scheduler", async () => {
    const first = await db.post.findUniqueOrThrow({ where: { slug: "veroeffentlicht-0" } });
    await changePostStatus(editor, first.id, { intent: "unpublish" });
    expect(await totalOf()).toBe(published - 1);

    const second = await db.post.findUniqueOrThrow({ where: { slug: "veroeffentlicht-1" } });
    await deletePost(editor, second.id);
    expect(await totalOf()).toBe(published - 2);

    // Saving a draft changes nothing public
    const scheduled = await draftBy(editor.id, "geplant");
    expect(await totalOf()).toBe(published - 2);
    await changePostStatus(editor, scheduled, { intent: "schedule", at: new Date(Date.now() + 60_000) });
    expect(await totalOf()).toBe(published - 2);
    await publishDuePosts(new Date(Date.now() + 120_000));
    expect(await totalOf()).toBe(published - 1);

    const page = await getAuthorPage("redakteurin-autoren", 1);
    expect(page?.posts.items.map((post) => post.slug)).not.toContain("veroeffentlicht-0");
    expect(page?.posts.items[0]?.slug).toBe("geplant");
  });

  it("has no page for an author without published posts, or a disabled one", async () => {
    expect(await getAuthorPage("ohne-beitraege", 1)).toBeNull();
    await db.user.update({ where: { id: editor.id }, data: { disabledAt: new Date() } });
    expect(await getAuthorPage("redakteurin-autoren", 1)).toBeNull();
    await db.user.update({ where: { id: editor.id }, data: { disabledAt: null } });
  });
});
