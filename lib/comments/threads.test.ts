import { describe, expect, it } from "vitest";
import { buildThreads, type FlatComment } from "./threads";

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
