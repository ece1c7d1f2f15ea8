import { describe, expect, it } from "vitest";
import { isSessionValid, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, slidExpiry } from "./session-policy";

const hour = 60 * 60 * 1000;
const start = new Date("2026-03-01T08:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const owner = { disabledAt: null, passwordChangedAt: null };

describe("session validity", () => {
  it("holds while the user is active", () => {
    expect(isSessionValid({ createdAt: start, expires: later(SESSION_IDLE_MS) }, owner, later(hour))).toBe(
      true,
    );
  });

  it("ends after the idle time", () => {
    expect(
      isSessionValid({ createdAt: start, expires: later(SESSION_IDLE_MS) }, owner, later(SESSION_IDLE_MS)),
    ).toBe(false);
  });

  it("ends at the absolute lifetime however active the user is", () => {
    const session = { createdAt: start, expires: later(SESSION_ABSOLUTE_MS + hour) };
    expect(isSessionValid(session, owner, later(SESSION_ABSOLUTE_MS))).toBe(false);
  });

  it("ends for disabled users and with a later password change", () => {
    const session = { createdAt: start, expires: later(SESSION_IDLE_MS) };
    expect(isSessionValid(session, { disabledAt: later(1), passwordChangedAt: null }, later(hour))).toBe(
      false,
    );
    expect(isSessionValid(session, { disabledAt: null, passwordChangedAt: later(1) }, later(hour))).toBe(
      false,
    );
    expect(isSessionValid(session, { disabledAt: null, passwordChangedAt: later(-1) }, later(hour))).toBe(
      true,
    );
  });

  it("slides the idle deadline, never past the absolute end, and not on every request", () => {
    const session = { createdAt: start, expires: later(SESSION_IDLE_MS) };
    expect(slidExpiry(session, later(60_000))).toBeNull();
    expect(slidExpiry(session, later(hour))?.getTime()).toBe(later(hour + SESSION_IDLE_MS).getTime());
    const old = { createdAt: start, expires: later(SESSION_ABSOLUTE_MS - hour) };
    expect(slidExpiry(old, later(SESSION_ABSOLUTE_MS - 2 * hour))?.getTime()).toBe(
      later(SESSION_ABSOLUTE_MS).getTime(),
    );
  });
});
