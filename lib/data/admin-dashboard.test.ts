// The author dashboard's filters and per-status counts, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/permissions";

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("dashboard");

const { db } = await import("../db");
const { refreshAllCounts } = await import("../counters");
const posts = await import("./admin-posts");

const author: Actor = { id: "", role: "AUTHOR" };
const editor: Actor = { id: "", role: "EDITOR" };

beforeAll(async () => {
  for (const [key, actor] of Object.entries({ author, editor })) {
    actor.id = (
      await db.user.create({
        data: { email: `${key}@dash.example`, name: key, slug: `${key}-dash`, role: actor.role },
      })
    ).id;
  }
  const series = await db.series.create({ data: { slug: "aus-dem-buero", title: "Aus dem Büro" } });
  const tag = await db.tag.create({ data: { slug: "faxgeraet", name: "Faxgerät" } });
  const rows: { status: "DRAFT" | "PUBLISHED" | "SCHEDULED"; authorId: string }[] = [
    { status: "PUBLISHED", authorId: author.id },
    { status: "PUBLISHED", authorId: editor.id },
    { status: "PUBLISHED", authorId: editor.id },
    { status: "DRAFT", authorId: author.id },
    { status: "SCHEDULED", authorId: editor.id },
  ];
  for (const [index, row] of rows.entries()) {
    const publishedAt = row.status === "DRAFT" ? null : new Date(Date.UTC(2026, index, 5));
    await db.post.create({
      data: {
        slug: `p-${index}`,
        title: `Beitrag ${index}`,
        body: "Text",
        status: row.status,
        publishedAt,
        archiveMonth: publishedAt ? 202601 + index : null,
        authorId: row.authorId,
        seriesId: index < 2 ? series.id : null,
        tags: index === 1 ? { create: { tagId: tag.id } } : undefined,
      },
    });
  }
  await refreshAllCounts(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe(`author dashboard on ${config.provider}`, () => {
  it("counts posts per status, all of them for an editor and their own for an author", async () => {
    expect((await posts.listDashboardPosts(editor, {})).counts).toEqual({
      DRAFT: 1,
      SCHEDULED: 1,
      PUBLISHED: 3,
      UNPUBLISHED: 0,
    });
    expect((await posts.listDashboardPosts(author, {})).counts).toEqual({
      DRAFT: 1,
      SCHEDULED: 0,
      PUBLISHED: 1,
      UNPUBLISHED: 0,
    });
  });

  it("finds a series or tag by name or slug in any case", async () => {
    for (const series of ["Aus dem Büro", "aus dem büro", "aus-dem-buero"]) {
      const result = await posts.listDashboardPosts(editor, { series });
      expect(result.posts.map((post) => post.slug).sort()).toEqual(["p-0", "p-1"]);
    }
    for (const tag of ["Faxgerät", "FAXGERÄT", "faxgeraet"]) {
      expect((await posts.listDashboardPosts(editor, { tag })).posts.map((post) => post.slug)).toEqual([
        "p-1",
      ]);
    }
  });

  it("says so when the typed series or tag does not exist, instead of listing everything", async () => {
    const result = await posts.listDashboardPosts(editor, { tag: "Drucker" });
    expect(result.posts).toEqual([]);
    expect(result.unknown).toEqual({ series: false, tag: true });
  });

  it("suggests the most used tags and the newest series", async () => {
    const options = await posts.getDashboardFilterOptions(editor);
    expect(options.tags.map((tag) => tag.name)).toEqual(["Faxgerät"]);
    expect(options.series.map((series) => series.title)).toEqual(["Aus dem Büro"]);
  });

  it("pages through every post, most recently changed first, and back again, with the filters kept", async () => {
    const extra = Array.from({ length: 2 * posts.DASHBOARD_PAGE_SIZE + 3 }, (_, index) => index);
    for (const index of extra) {
      await db.post.create({
        data: {
          slug: `seite-${index}`,
          title: `Seite ${index}`,
          body: "Text",
          status: "DRAFT",
          authorId: editor.id,
          // Pairs of posts changed at the same moment: the id decides between them
          updatedAt: new Date(Date.UTC(2026, 5, 1, 0, Math.floor(index / 2))),
        },
      });
    }
    const all = await db.post.findMany({
      where: { status: "DRAFT" },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { slug: true },
    });
    const seen: string[] = [];
    const pages: string[][] = [];
    let result = await posts.listDashboardPosts(editor, { status: "DRAFT" });
    expect(result.pages.newer).toBeNull();
    for (;;) {
      pages.push(result.posts.map((post) => post.slug));
      seen.push(...result.posts.map((post) => post.slug));
      expect(result.posts.length).toBeLessThanOrEqual(posts.DASHBOARD_PAGE_SIZE);
      if (!result.pages.older) break;
      result = await posts.listDashboardPosts(editor, { status: "DRAFT", cursor: result.pages.older });
    }
    expect(seen).toEqual(all.map((post) => post.slug));
    expect(pages).toHaveLength(3);
    // Back from the last page to the first, page by page
    for (let index = pages.length - 2; index >= 0; index--) {
      const newer = result.pages.newer;
      expect(newer).not.toBeNull();
      if (!newer) break;
      result = await posts.listDashboardPosts(editor, { status: "DRAFT", cursor: newer });
      expect(result.posts.map((post) => post.slug)).toEqual(pages[index]);
    }
    expect(result.pages.newer).toBeNull();
  });
});
