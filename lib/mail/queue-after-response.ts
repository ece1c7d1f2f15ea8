// A publish only marks the post; its subscribers' mails (thousands on a big blog) are queued once
// the response is out and the proxy holds the refreshed pages, so neither the author nor the first
// readers of the new post wait for them.
// If the server stops before that, the mail worker's sweep queues them (lib/mail/worker.ts).
import "server-only";
import { after } from "next/server";
import { proxyRefreshesSettled } from "../cache/proxy-refresh";
import { queueDueNewPostMails } from "../data/subscriptions";

/** Call after refreshPostCaches: the refreshed pages go to the proxy first, then the mails queue */
export function queueNewPostMailsAfterResponse(): void {
  after(async () => {
    try {
      await proxyRefreshesSettled();
      await queueDueNewPostMails();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`[casebook] new-post mails not queued yet, the mail worker will try again: ${reason}`);
    }
  });
}
