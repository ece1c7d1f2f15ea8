// The reverse proxy in front of the app (deploy/nginx) keeps each public page for a second. After a
// change, the app asks the proxy for the pages it changed, with a header that makes the proxy skip
// its copy and store the fresh page (only from this machine, see casebook-cache.conf): readers then
// see a publish or an approved comment as soon as the app does, not when the copy runs out.
// Configured by PROXY_REFRESH_URL; without it (no proxy) nothing is sent.
import "server-only";
import http from "node:http";
import { after } from "next/server";
import { siteConfig } from "../site-config";

export const PROXY_REFRESH_HEADER = "x-casebook-refresh";

const TIMEOUT_MS = 10_000;

/**
 * GETs each path from the proxy with the site's host name, one after the other (most visible first)
 * so that the refreshes do not compete with readers for the server; resolves when all are done
 */
export async function sendProxyRefreshes(
  paths: readonly string[],
  proxy: { url: string; host: string },
): Promise<{ path: string; status: number | null }[]> {
  const base = new URL(proxy.url);
  const one = (path: string) =>
    new Promise<{ path: string; status: number | null }>((resolve) => {
      const request = http.get(
        {
          hostname: base.hostname,
          port: base.port || 80,
          path,
          headers: { host: proxy.host, [PROXY_REFRESH_HEADER]: "1" },
          timeout: TIMEOUT_MS,
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve({ path, status: response.statusCode ?? null }));
        },
      );
      request.on("timeout", () => request.destroy(new Error("timed out")));
      request.on("error", () => resolve({ path, status: null }));
    });
  const results: { path: string; status: number | null }[] = [];
  for (const path of new Set(paths)) results.push(await one(path));
  return results;
}

// Refreshes under way in this process (Next.js may load this module more than once, hence global)
const registry = globalThis as { casebookProxyRefreshes?: Set<Promise<void>> };
const underWay = (registry.casebookProxyRefreshes ??= new Set());

/** After the response: the changed pages are fetched through the proxy, replacing its copies */
export function refreshProxyAfterResponse(paths: () => Promise<string[]>): void {
  const url = siteConfig.proxyRefreshUrl;
  if (!url) return;
  after(() => {
    const refresh = (async () => {
      const results = await sendProxyRefreshes(await paths(), { url, host: new URL(siteConfig.url).host });
      const failed = results.filter((result) => result.status === null);
      if (failed.length > 0)
        console.warn(
          `[casebook] proxy refresh: no answer for ${failed.map((result) => result.path).join(", ")}`,
        );
    })();
    underWay.add(refresh);
    return refresh.finally(() => underWay.delete(refresh));
  });
}

/**
 * Resolves when the proxy refreshes under way have finished (at once without a proxy): work that
 * can wait, such as queueing a new post's mails, then does not slow the pages readers are sent to
 */
export async function proxyRefreshesSettled(): Promise<void> {
  await Promise.allSettled([...underWay]);
}
