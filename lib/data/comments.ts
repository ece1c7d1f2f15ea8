// Public reads of comments. Commenter emails never leave the data layer.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import type { FlatComment } from "../comments/threads";
import { cacheTags } from "./cache-tags";

export interface ApprovedComments {
  postAuthorId: string | null;
  comments: FlatComment[];
}

/** Approved comments of a post, oldest first; cached until one of them changes */
export async function getApprovedComments(postId: number): Promise<ApprovedComments> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.comments(postId));
  const [post, comments] = await Promise.all([
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
  return { postAuthorId: post?.authorId ?? null, comments };
}
