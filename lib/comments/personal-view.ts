// Post pages are served from the cache to everyone, except readers the page must know: someone
// whose comment waits for moderation (only they see it), someone who asked the form to remember
// their details, and signed-in authors. Their requests carry one of these cookies, and a rewrite
// (next.config.ts) sends them to the same post rendered for them (/posts/<slug>/kommentieren).
// The production reverse proxy (deploy/) must never cache responses to such requests either.
import { SESSION_COOKIE } from "../auth/session-policy";

export const READER_COOKIE = "casebook-reader";
export const COMMENTER_COOKIE = "casebook-commenter";
export const PENDING_COOKIE = "casebook-pending";

/** Requests with any of these cookies get the personal view */
export const personalViewCookies = [PENDING_COOKIE, COMMENTER_COOKIE, SESSION_COOKIE] as const;

export const personalViewPath = (slug: string) => `/posts/${slug}/kommentieren`;
