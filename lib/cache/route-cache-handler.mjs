// @ts-check
// The route cache of `next start` (next.config.ts `cacheHandler`): Next.js's own file-system
// cache, with two changes.
// - A page's HTML is kept in ASCII (./ascii-html.mjs says why), so every cached response is sent
//   without a per-request conversion. Pages are rewritten once, when Next.js stores them and when
//   it first reads a page the build prerendered.
// - A page whose render may have read data from before a change is not stored. Next.js stamps a
//   stored page with the time it was stored, not the time its render began, so a render that was
//   under way when a publish or an approved comment expired one of its tags would otherwise be
//   kept as fresh, and the change would not show until the next one (seen as a just-published post
//   missing from the home page while another reader's request was rendering it).
// Tags, revalidation, the memory cache and the files on disk stay Next.js's own.
// Plain JavaScript: Next.js imports this file with Node.js at run time, outside the bundle.
import { createRequire } from "node:module";
import { toAsciiHtml } from "./ascii-html.mjs";

/** @typedef {{ kind?: unknown; html?: unknown; headers?: Record<string, unknown> }} CachedValue */

// Next.js's own modules, loaded as Next.js loads them (CommonJS), so the tags are the ones it expires
const require = createRequire(import.meta.url);
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
/** @type {typeof import("next/dist/server/lib/incremental-cache/tags-manifest.external")} */
const {
  areTagsExpired,
  areTagsStale,
} = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

/** Values already rewritten; the memory cache hands out the same object on every hit */
const rewritten = new WeakSet();

/** No render of a page takes longer; an older read cannot belong to the render now being stored */
export const LONGEST_RENDER_MS = 60_000;

// The first read of each page since it was last stored: Next.js reads a page just before it renders
// it, so this is no later than the start of the render that stores it next. Shared by every handler
// instance (Next.js creates them per request) and every copy of this module.
const registry = /** @type {{ casebookRouteReads?: Map<string, number> }} */ (globalThis);
const firstReadSinceStore = (registry.casebookRouteReads ??= new Map());

/**
 * @template {CachedValue | null | undefined} T
 * @param {T} value
 * @returns {T}
 */
function withAsciiHtml(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  return { ...value, html: toAsciiHtml(value.html) };
}

/** @param {CachedValue | null | undefined} value */
function tagsOf(value) {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" && header !== "" ? header.split(",") : [];
}

/**
 * Whether a tag of the page was expired (or marked stale) after the render may have begun
 * @param {string} key
 * @param {CachedValue | null | undefined} value
 */
function mayHoldDataFromBeforeAChange(key, value) {
  const readAt = firstReadSinceStore.get(key);
  firstReadSinceStore.delete(key);
  if (readAt === undefined) return false;
  const tags = tagsOf(value);
  return tags.length > 0 && (areTagsExpired(tags, readAt) || areTagsStale(tags, readAt));
}

export default class RouteCacheHandler extends FileSystemCache {
  /** @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>} args */
  async get(...args) {
    const [key] = args;
    const now = Date.now();
    const readAt = firstReadSinceStore.get(key);
    if (readAt === undefined || now - readAt > LONGEST_RENDER_MS) firstReadSinceStore.set(key, now);
    const entry = await super.get(...args);
    const value = /** @type {CachedValue | null | undefined} */ (entry?.value);
    if (entry && value && !rewritten.has(value)) {
      if (value.kind === "APP_PAGE" && typeof value.html === "string") value.html = toAsciiHtml(value.html);
      rewritten.add(value);
    }
    return entry;
  }

  /** @param {Parameters<InstanceType<typeof FileSystemCache>["set"]>} args */
  async set(...[key, data, ctx]) {
    const value = withAsciiHtml(/** @type {CachedValue | null} */ (data));
    // The copy stored before stays, expired by the same tag: the next reader gets a new render
    if (mayHoldDataFromBeforeAChange(key, value)) return;
    if (value) rewritten.add(value);
    return super.set(key, /** @type {typeof data} */ (value), ctx);
  }
}
