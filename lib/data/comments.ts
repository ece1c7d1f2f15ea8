// Public reads of comments, a page of threads at a time. Commenter emails never leave the data layer.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import { threadsOf, type CommentLink, type FlatComment } from "../comments/threads";
import { cacheTags } from "./cache-tags";
import { published } from "./posts";
import { getCommentThreadsPerPage } from "./public-settings";

export interface CommentPage {
  /** Approved comments of the whole post */
  total: number;
  page: number;
  totalPages: number;
  /** This page's threads, oldest first */
  comments: FlatComment[];
}

const approvedOf = (postId: number) => ({ postId, status: "APPROVED" as const });
const oldestFirst = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/** The reply tree of a post's approved comments, without their text */
async function getCommentLinks(postId: number): Promise<CommentLink[]> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.comments(postId));
  return db.comment.findMany({
    where: approvedOf(postId),
    orderBy: oldestFirst,
    select: { id: true, parentId: true },
  });
}

async function getThreadPages(postId: number): Promise<number[][][]> {
  const [links, perPage] = await Promise.all([getCommentLinks(postId), getCommentThreadsPerPage()]);
  const threads = threadsOf(links);
  const pages: number[][][] = [];
  for (let start = 0; start < threads.length; start += perPage)
    pages.push(threads.slice(start, start + perPage));
  return pages;
}

/**
 * One page of a post's approved comments: a number of whole threads (a top-level comment with all
 * its replies), oldest first. Page 1 always exists, even without comments; null past the last page.
 */
export async function getCommentPage(postId: number, page: number): Promise<CommentPage | null> {
  "use cache";
  cacheLife("max");
  cacheTag(cacheTags.comments(postId), cacheTags.settings);
  const pages = await getThreadPages(postId);
  const totalPages = Math.max(1, pages.length);
  if (page < 1 || page > totalPages) return null;
  const ids = (pages[page - 1] ?? []).flat();
  const comments =
    ids.length === 0
      ? []
      : await db.comment.findMany({
          where: { ...approvedOf(postId), id: { in: ids } },
          orderBy: oldestFirst,
          select: {
            id: true,
            parentId: true,
            authorName: true,
            authorUrl: true,
            body: true,
            createdAt: true,
            userId: true,
          },
        });
  return { total: pages.flat(2).length, page, totalPages, comments };
}

/** The page of a published post's comments that shows this approved comment, or null if none does */
export async function findCommentPage(postSlug: string, commentId: number): Promise<number | null> {
  const comment = await db.comment.findFirst({
    where: { id: commentId, status: "APPROVED", post: { slug: postSlug, ...published } },
    select: { postId: true },
  });
  if (!comment) return null;
  const pages = await getThreadPages(comment.postId);
  const index = pages.findIndex((threads) => threads.some((thread) => thread.includes(commentId)));
  return index === -1 ? null : index + 1;
}

/** An approved comment of the post that a reader may answer, with the name the form shows */
export async function getAnswerableComment(
  postId: number,
  commentId: number,
): Promise<{ id: number; authorName: string } | null> {
  return db.comment.findFirst({
    where: { ...approvedOf(postId), id: commentId },
    select: { id: true, authorName: true },
  });
}
