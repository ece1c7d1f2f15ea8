// Publishes scheduled posts at their time, inside the app's own process: no cron needed.
// The timer only notices that a post is due; the publishing itself runs in a request to
// the app's internal route, because cache tags can only be refreshed inside a request.
import { randomBytes, timingSafeEqual } from "node:crypto";

const CHECK_EVERY_MS = 2_000;

interface SchedulerState {
  timer?: NodeJS.Timeout;
  secret?: string;
}

// Shared by the timer (started from instrumentation) and the route, which Next.js loads
// as separate modules in the same process
const state = ((globalThis as { casebookScheduler?: SchedulerState }).casebookScheduler ??= {});

export function isSchedulerRequest(header: string | null): boolean {
  if (!state.secret || !header) return false;
  const expected = Buffer.from(state.secret);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const SCHEDULER_HEADER = "x-casebook-scheduler";

/** `isDue` is asked every few seconds; when it says yes, the internal route publishes */
export function startPublishScheduler(isDue: () => Promise<boolean>): void {
  if (state.timer) return;
  state.secret = randomBytes(32).toString("base64url");
  let running = false;
  state.timer = setInterval(() => {
    const port = process.env.PORT;
    if (running || !port) return;
    running = true;
    isDue()
      .then(async (due) => {
        if (!due) return;
        const response = await fetch(`http://127.0.0.1:${port}/api/internal/publish-due`, {
          method: "POST",
          headers: { [SCHEDULER_HEADER]: state.secret ?? "" },
        });
        if (!response.ok) throw new Error(`publish-due answered ${response.status}`);
      })
      .catch((error: unknown) => console.error("[casebook] scheduler:", error))
      .finally(() => {
        running = false;
      });
  }, CHECK_EVERY_MS);
  state.timer.unref();
}
