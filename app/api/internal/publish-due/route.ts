// Called by the app's own scheduler (lib/scheduler) when a scheduled post is due.
import { revalidateTag } from "next/cache";
import { refreshProxyAfterResponse } from "@/lib/cache/proxy-refresh";
import { cacheTags } from "@/lib/data/cache-tags";
import { changedPublicPaths } from "@/lib/data/public-paths";
import { publishDuePosts } from "@/lib/data/admin-posts";
import { queueNewPostMailsAfterResponse } from "@/lib/mail/queue-after-response";
import { isSchedulerRequest, SCHEDULER_HEADER } from "@/lib/scheduler/publish-scheduler";

export async function POST(request: Request) {
  if (!isSchedulerRequest(request.headers.get(SCHEDULER_HEADER))) {
    return new Response("Not found", { status: 404 });
  }
  const changes = await publishDuePosts();
  for (const change of changes) {
    // `expire: 0`: the next reader gets the fresh page, not the stale one
    revalidateTag(cacheTags.post(change.id), { expire: 0 });
    for (const seriesId of change.seriesIds) revalidateTag(cacheTags.series(seriesId), { expire: 0 });
    console.log(`[casebook] scheduled post ${change.id} (${change.slug}) is now published`);
  }
  if (changes.length > 0) {
    revalidateTag(cacheTags.posts, { expire: 0 });
    refreshProxyAfterResponse(() => changedPublicPaths(changes));
    queueNewPostMailsAfterResponse();
  }
  return Response.json({ published: changes.map((change) => change.slug) });
}
