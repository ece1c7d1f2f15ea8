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

/**
 * `nextDueAt` is asked every few seconds for the time of the next scheduled post. A post that is
 * due gets published through the internal route; one due before the next regular check gets a
 * timer of its own, so it goes live at its time rather than up to one interval later.
 */
export function startPublishScheduler(nextDueAt: () => Promise<Date | null>): void {
  if (state.timer) return;
  state.secret = randomBytes(32).toString("base64url");
  let running = false;
  // A database that is down fails every check: the log says so once, and again when it recovers
  let failing: string | undefined;
  let wakeUp: NodeJS.Timeout | undefined;
  const check = () => {
    const port = process.env.PORT;
    if (running || !port) return;
    running = true;
    nextDueAt()
      .then(async (next) => {
        if (!next) return;
        const wait = next.getTime() - Date.now();
        if (wait > 0) {
          if (wait < CHECK_EVERY_MS && !wakeUp) {
            wakeUp = setTimeout(function wake() {
              // A regular check still running at that moment would swallow the wake-up
              wakeUp = running ? setTimeout(wake, 25) : undefined;
              if (!wakeUp) check();
            }, wait);
            wakeUp.unref();
          }
          return;
        }
        const response = await fetch(`http://127.0.0.1:${port}/api/internal/publish-due`, {
          method: "POST",
          headers: { [SCHEDULER_HEADER]: state.secret ?? "" },
        });
        if (!response.ok) throw new Error(`publish-due answered ${response.status}`);
      })
      .then(() => {
        if (failing !== undefined) console.log("[casebook] scheduler: checks work again");
        failing = undefined;
      })
      .catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (message !== failing) console.error("[casebook] scheduler (repeats not logged):", error);
        failing = message;
      })
      .finally(() => {
        running = false;
      });
  };
  state.timer = setInterval(check, CHECK_EVERY_MS);
  state.timer.unref();
}

/** Stops the checks (tests, and a server shutting down) */
export function stopPublishScheduler(): void {
  clearInterval(state.timer);
  state.timer = undefined;
}
