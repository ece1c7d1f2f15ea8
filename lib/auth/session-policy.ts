// How long a sign-in lasts, and the cookie that carries it (shared with Auth.js).
import { siteConfig } from "../site-config";

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and in any case this long after sign-in */
export const SESSION_ABSOLUTE_MS = 14 * 24 * 60 * 60 * 1000;
/** Sliding the idle deadline writes to the database at most this often */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;

/** Secure cookies whenever the site is served over HTTPS (always in a real deployment) */
export const useSecureCookies = siteConfig.url.startsWith("https://");

// Auth.js's own name, so OAuth and magic-link sign-ins land in the same session
export const SESSION_COOKIE = `${useSecureCookies ? "__Secure-" : ""}authjs.session-token`;

export const sessionCookieOptions = {
  httpOnly: true,
  sameSite: "lax",
  secure: useSecureCookies,
  path: "/",
} as const;

export interface SessionTimes {
  createdAt: Date;
  expires: Date;
}

export interface SessionOwner {
  disabledAt: Date | null;
  passwordChangedAt: Date | null;
}

/** Whether a stored session still counts: not idle too long, not too old, owner still allowed in */
export function isSessionValid(session: SessionTimes, owner: SessionOwner, now = new Date()): boolean {
  if (session.expires <= now) return false;
  if (now.getTime() - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return false;
  if (owner.disabledAt) return false;
  // A password change ends every session that began before it
  if (owner.passwordChangedAt && owner.passwordChangedAt > session.createdAt) return false;
  return true;
}

/** The new idle deadline, or null when the stored one is recent enough */
export function slidExpiry(session: SessionTimes, now = new Date()): Date | null {
  const next = new Date(
    Math.min(now.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_ABSOLUTE_MS),
  );
  return next.getTime() - session.expires.getTime() >= SESSION_TOUCH_MS ? next : null;
}
