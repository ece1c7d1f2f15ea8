// Turns a flat, oldest-first list of comments into reply threads.
import type { CommentNode } from "../data/types";

export interface FlatComment {
  id: number;
  parentId: number | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
  userId: string | null;
  pending?: boolean;
}

/** A comment's place in the reply tree, all that paging needs to know of it */
export interface CommentLink {
  id: number;
  parentId: number | null;
}

/**
 * The threads of a post, oldest first: each the ids of a top-level comment and all its replies.
 * As in buildThreads, a reply whose parent is not in the list starts a thread of its own.
 */
export function threadsOf(links: CommentLink[]): number[][] {
  const parentOf = new Map(links.map((link) => [link.id, link.parentId]));
  const rootOf = new Map<number, number>();
  const root = (id: number): number => {
    const known = rootOf.get(id);
    if (known !== undefined) return known;
    const parentId = parentOf.get(id) ?? null;
    // A reply's parent existed before it, so the walk up cannot loop
    const found = parentId !== null && parentOf.has(parentId) ? root(parentId) : id;
    rootOf.set(id, found);
    return found;
  };
  const threads = new Map<number, number[]>();
  for (const link of links) {
    const top = root(link.id);
    const thread = threads.get(top);
    if (thread) thread.push(link.id);
    else threads.set(top, [link.id]);
  }
  return [...threads.values()];
}

/** Nests replies under their parents, oldest first; a reply whose parent is not shown moves to the top level */
export function buildThreads(rows: FlatComment[], postAuthorId: string | null): CommentNode[] {
  // Approved and the reader's own waiting comments arrive as two lists
  const ordered = rows.toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
  const nodes = new Map<number, CommentNode>();
  for (const row of ordered) {
    nodes.set(row.id, {
      id: row.id,
      authorName: row.authorName,
      authorUrl: row.authorUrl,
      body: row.body,
      createdAt: row.createdAt,
      isPostAuthor: postAuthorId !== null && row.userId === postAuthorId,
      pending: row.pending ?? false,
      replies: [],
    });
  }
  const roots: CommentNode[] = [];
  for (const row of ordered) {
    const node = nodes.get(row.id);
    if (!node) continue;
    const parent = row.parentId === null ? undefined : nodes.get(row.parentId);
    (parent ? parent.replies : roots).push(node);
  }
  return roots;
}
