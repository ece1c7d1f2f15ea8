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
