// Public reads of approved comments, as threads. Commenter emails never leave this module.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { cacheTags } from "./cache-tags";
import { buildThreads } from "../comments/threads";
import type { CommentNode } from "./types";

export async function getApprovedCommentThreads(postId: number): Promise<CommentNode[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.comments(postId));
  const [post, rows] = await Promise.all([
    db.post.findUnique({ where: { id: postId }, select: { authorId: true } }),
    db.comment.findMany({
      where: { postId, status: "APPROVED" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        parentId: true,
        authorName: true,
        authorUrl: true,
        body: true,
        createdAt: true,
        userId: true,
      },
    }),
  ]);
  return buildThreads(rows, post?.authorId ?? null);
}
