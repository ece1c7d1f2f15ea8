// Comment pages on SQLite and (with TEST_DATABASE_URL) PostgreSQL: whole threads a page, oldest
// first, as many as the settings say; a comment's permalink finds its page; only approved
// comments of published posts are shown or answerable.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// Caching is Next.js's at run time; here the reads run directly
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {} }));

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("comment-pages");

const { db } = await import("../db");
const { findCommentPage, getAnswerableComment, getCommentPage } = await import("./comments");
const { updateSiteSettings } = await import("./settings");
const { defaultSiteSettings } = await import("../validations/settings");

type Status = "APPROVED" | "PENDING" | "SPAM";
let admin = { id: "", role: "ADMIN" as const };
let postId = 0;
let minute = 0;
/** Ids by name, as the tests below refer to them */
const ids = new Map<string, number>();
const id = (name: string) => ids.get(name) ?? 0;

async function comment(name: string, parent: string | null, status: Status = "APPROVED", onPost = postId) {
  minute += 1;
  const row = await db.comment.create({
    data: {
      postId: onPost,
      parentId: parent === null ? null : id(parent),
      authorName: `Leser ${name}`,
      authorEmail: `${name}@example.org`,
      body: `Kommentar ${name}`,
      status,
      createdAt: new Date(Date.UTC(2026, 5, 1, 8, minute)),
    },
  });
  ids.set(name, row.id);
}

async function threadsPerPage(count: number) {
  await updateSiteSettings(admin, { ...defaultSiteSettings, commentThreadsPerPage: count });
}

const namesOn = async (page: number) =>
  (await getCommentPage(postId, page))?.comments.map((row) => row.authorName.slice(6));

beforeAll(async () => {
  const user = await db.user.create({
    data: { email: "admin@comment-pages.example", name: "Admin", slug: "admin-cp", role: "ADMIN" },
  });
  admin = { id: user.id, role: "ADMIN" };
  const post = (slug: string, status: "PUBLISHED" | "DRAFT") =>
    db.post.create({
      data: {
        slug,
        title: slug,
        body: "Text",
        status,
        publishedAt: new Date(Date.UTC(2026, 5, 1)),
        authorId: user.id,
      },
    });
  postId = (await post("gut-besucht", "PUBLISHED")).id;
  const draftId = (await post("entwurf", "DRAFT")).id;
  // Five threads, replies written while later threads began, a held comment whose approved reply
  // stands on its own, and spam that nobody sees
  await comment("a", null);
  await comment("b", null);
  await comment("a1", "a");
  await comment("c", null);
  await comment("a1x", "a1");
  await comment("b1", "b");
  await comment("held", null, "PENDING");
  await comment("held1", "held");
  await comment("spam", "c", "SPAM");
  await comment("d", null);
  await comment("a2", "a");
  await comment("entwurf", null, "APPROVED", draftId);
});

beforeEach(async () => {
  await threadsPerPage(2);
});

afterAll(async () => {
  await db.$disconnect();
});

describe(`comment pages on ${config.provider}`, () => {
  it("shows whole threads, oldest first, two a page as set", async () => {
    expect(await namesOn(1)).toEqual(["a", "b", "a1", "a1x", "b1", "a2"]);
    expect(await namesOn(2)).toEqual(["c", "held1"]);
    expect(await namesOn(3)).toEqual(["d"]);
    expect(await getCommentPage(postId, 4)).toBeNull();
    expect(await getCommentPage(postId, 0)).toBeNull();
    const first = await getCommentPage(postId, 1);
    expect(first).toMatchObject({ page: 1, totalPages: 3, total: 9 });
  });

  it("follows the setting: with room for all threads there is one page", async () => {
    await threadsPerPage(50);
    expect(await getCommentPage(postId, 1)).toMatchObject({ totalPages: 1, total: 9 });
    expect(await namesOn(1)).toHaveLength(9);
    expect(await getCommentPage(postId, 2)).toBeNull();
  });

  it("has a first page without comments, and no second", async () => {
    const empty = await db.post.create({
      data: {
        slug: "leer",
        title: "Leer",
        body: "Text",
        status: "PUBLISHED",
        publishedAt: new Date(),
        authorId: admin.id,
      },
    });
    expect(await getCommentPage(empty.id, 1)).toMatchObject({ total: 0, totalPages: 1, comments: [] });
    expect(await getCommentPage(empty.id, 2)).toBeNull();
  });

  it("finds the page of any shown comment, however deep, and of no hidden one", async () => {
    expect(await findCommentPage("gut-besucht", id("a1x"))).toBe(1);
    expect(await findCommentPage("gut-besucht", id("held1"))).toBe(2);
    expect(await findCommentPage("gut-besucht", id("d"))).toBe(3);
    expect(await findCommentPage("gut-besucht", id("held"))).toBeNull();
    expect(await findCommentPage("gut-besucht", id("spam"))).toBeNull();
    // The right id under the wrong post, and a comment of a post that is not public
    expect(await findCommentPage("leer", id("a"))).toBeNull();
    expect(await findCommentPage("entwurf", id("entwurf"))).toBeNull();
  });

  it("lets readers answer approved comments of this post only", async () => {
    expect(await getAnswerableComment(postId, id("c"))).toEqual({ id: id("c"), authorName: "Leser c" });
    expect(await getAnswerableComment(postId, id("held"))).toBeNull();
    expect(await getAnswerableComment(postId, id("spam"))).toBeNull();
    expect(await getAnswerableComment(postId, id("entwurf"))).toBeNull();
  });
});
