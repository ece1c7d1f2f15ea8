// @ts-check
// The route cache of `next start` (next.config.ts `cacheHandler`): Next.js's own file-system
// cache, unchanged but for one thing: a page's HTML is kept in ASCII (./ascii-html.mjs says why),
// so every cached response is sent without a per-request conversion. Pages are rewritten once,
// when Next.js stores them and when it first reads a page the build prerendered; tags,
// revalidation, the memory cache and the files on disk stay Next.js's own.
// Plain JavaScript: Next.js imports this file with Node.js at run time, outside the bundle.
import { createRequire } from "node:module";
import { toAsciiHtml } from "./ascii-html.mjs";

/** @typedef {{ kind?: unknown; html?: unknown }} CachedValue */

// Next.js's own module, loaded as Next.js loads it (CommonJS)
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCache = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/file-system-cache.js",
).default;

/** Values already rewritten; the memory cache hands out the same object on every hit */
const rewritten = new WeakSet();

/**
 * @template {CachedValue | null | undefined} T
 * @param {T} value
 * @returns {T}
 */
function withAsciiHtml(value) {
  if (!value || value.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  return { ...value, html: toAsciiHtml(value.html) };
}

export default class RouteCacheHandler extends FileSystemCache {
  /** @param {Parameters<InstanceType<typeof FileSystemCache>["get"]>} args */
  async get(...args) {
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
    if (value) rewritten.add(value);
    return super.set(key, /** @type {typeof data} */ (value), ctx);
  }
}
