// The public addresses of posts and series, for refreshing the reverse proxy's copies after a change.
import "server-only";
import { db } from "../db";
import { published } from "./posts";

/** /posts/<slug> of those of these posts that readers can see */
export async function publicPostPaths(postIds: readonly number[]): Promise<string[]> {
  if (postIds.length === 0) return [];
  const rows = await db.post.findMany({
    where: { id: { in: [...postIds] }, ...published },
    select: { slug: true },
  });
  return rows.map((row) => `/posts/${row.slug}`);
}

/** /series/<slug> of these series */
export async function seriesPaths(seriesIds: readonly number[]): Promise<string[]> {
  if (seriesIds.length === 0) return [];
  const rows = await db.series.findMany({ where: { id: { in: [...seriesIds] } }, select: { slug: true } });
  return rows.map((row) => `/series/${row.slug}`);
}

/**
 * The pages where readers first see a post that appeared, changed or went: home, the post, its
 * series (feeds and the other lists follow within the proxy's second)
 */
export async function changedPublicPaths(
  changes: readonly { slug: string; previousSlug: string | null; seriesIds: number[] }[],
): Promise<string[]> {
  const series = await seriesPaths(changes.flatMap((change) => change.seriesIds));
  const posts = changes.flatMap((change) => [
    `/posts/${change.slug}`,
    ...(change.previousSlug ? [`/posts/${change.previousSlug}`] : []),
  ]);
  return ["/", ...posts, ...series];
}
