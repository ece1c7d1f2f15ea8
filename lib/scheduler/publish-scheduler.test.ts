import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SCHEDULER_HEADER, startPublishScheduler, stopPublishScheduler } from "./publish-scheduler";

describe("publish scheduler", () => {
  const fetch = vi.fn(async () => new Response(null, { status: 200 }));

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date("2026-11-25T10:00:00Z") });
    vi.stubGlobal("fetch", fetch);
    vi.stubEnv("PORT", "3999");
    fetch.mockClear();
  });

  afterEach(() => {
    stopPublishScheduler();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it("publishes a post due between two checks at its time, not at the next check", async () => {
    const due = new Date(Date.now() + 2_300);
    startPublishScheduler(async () => (fetch.mock.calls.length > 0 ? null : due));

    await vi.advanceTimersByTimeAsync(2_299);
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(
      "http://127.0.0.1:3999/api/internal/publish-due",
      expect.objectContaining({ method: "POST", headers: { [SCHEDULER_HEADER]: expect.any(String) } }),
    );
  });

  it("publishes what is already due at the next check, and nothing when nothing is scheduled", async () => {
    let next: Date | null = null;
    startPublishScheduler(async () => next);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fetch).not.toHaveBeenCalled();

    next = new Date(Date.now() - 1_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("logs a failing check once, not every few seconds, and says when checks work again", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const info = vi.spyOn(console, "log").mockImplementation(() => {});
    let databaseDown = true;
    startPublishScheduler(async () => {
      if (databaseDown) throw new Error("file is not a database");
      return null;
    });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0])).toContain("file is not a database");

    databaseDown = false;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(info).toHaveBeenCalledTimes(1);
    expect(String(info.mock.calls[0])).toContain("work again");

    databaseDown = true;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(log).toHaveBeenCalledTimes(2);
    log.mockRestore();
    info.mockRestore();
  });
});
