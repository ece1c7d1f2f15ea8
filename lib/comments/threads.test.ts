import { describe, expect, it } from "vitest";
import { buildThreads, threadsOf, type FlatComment } from "./threads";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
const comment = (id: number, parentId: number | null, userId: string | null = null): FlatComment => ({
  id,
  parentId,
  authorName: `Leser ${id}`,
  authorUrl: null,
  body: "Text",
  createdAt: at(id),
  userId,
});

describe("buildThreads", () => {
  it("nests replies two levels deep, in order", () => {
    const threads = buildThreads(
      [comment(1, null), comment(2, 1), comment(3, 2), comment(4, null), comment(5, 1)],
      null,
    );
    expect(threads.map((node) => node.id)).toEqual([1, 4]);
    expect(threads[0]?.replies.map((node) => node.id)).toEqual([2, 5]);
    expect(threads[0]?.replies[0]?.replies.map((node) => node.id)).toEqual([3]);
  });

  it("lifts a reply whose parent is not shown (pending, spam) to the top level", () => {
    const threads = buildThreads([comment(2, 1), comment(3, null)], null);
    expect(threads.map((node) => node.id)).toEqual([2, 3]);
  });

  it("marks the post author's replies", () => {
    const threads = buildThreads([comment(1, null, "reader"), comment(2, 1, "author")], "author");
    expect(threads[0]?.isPostAuthor).toBe(false);
    expect(threads[0]?.replies[0]?.isPostAuthor).toBe(true);
  });
});

describe("threadsOf", () => {
  it("keeps every reply, however deep, with its top-level comment, threads oldest first", () => {
    const links = [
      { id: 1, parentId: null },
      { id: 2, parentId: null },
      { id: 3, parentId: 1 },
      { id: 4, parentId: 3 },
      { id: 5, parentId: 2 },
      { id: 6, parentId: 4 },
      { id: 7, parentId: null },
    ];
    expect(threadsOf(links)).toEqual([[1, 3, 4, 6], [2, 5], [7]]);
  });

  it("starts a thread with a reply whose parent is not shown, as the page shows it", () => {
    const links = [
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
      { id: 4, parentId: null },
    ];
    expect(threadsOf(links)).toEqual([[2, 3], [4]]);
    expect(
      buildThreads(
        links.map((link) => comment(link.id, link.parentId)),
        null,
      ).map((node) => node.id),
    ).toEqual([2, 4]);
  });

  it("has no threads without comments", () => {
    expect(threadsOf([])).toEqual([]);
  });
});
