// After a post changed: refresh exactly the cached public pages that can show it.
import { updateTag } from "next/cache";
import { refreshProxyAfterResponse } from "../cache/proxy-refresh";
import { cacheTags } from "../data/cache-tags";
import type { PostChange } from "../data/admin-posts";
import { changedPublicPaths } from "../data/public-paths";

export function refreshPostCaches(change: PostChange): void {
  updateTag(cacheTags.post(change.id));
  // Lists (home, archive, tags, feeds, search) only show public posts
  if (change.wasPublic || change.isPublic) {
    updateTag(cacheTags.posts);
    for (const seriesId of change.seriesIds) updateTag(cacheTags.series(seriesId));
    refreshProxyAfterResponse(() => changedPublicPaths([change]));
  }
}
