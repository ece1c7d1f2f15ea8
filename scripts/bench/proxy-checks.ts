// What the shipped reverse-proxy configuration must and must not cache, checked against the
// running proxy before its speed is measured: a fast proxy that caches the wrong thing is no result.
import { timedGet } from "./http";

export interface ProxyCheck {
  name: string;
  expected: string;
  got: string;
  ok: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function cacheStatus(
  url: string,
  cookie?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; cache: string; body: string }> {
  const response = await timedGet(url, { ...headers, ...(cookie ? { cookie } : {}) });
  const header = response.headers["x-cache-status"];
  return { status: response.status, cache: String(header ?? "none"), body: response.body.toString("utf8") };
}

export async function checkProxy(
  proxyUrl: string,
  pages: { post: string },
  sessionCookie: string,
): Promise<ProxyCheck[]> {
  const checks: ProxyCheck[] = [];
  const check = (name: string, expected: string, got: string, ok: boolean) =>
    checks.push({ name, expected, got, ok });

  await cacheStatus(`${proxyUrl}/`);
  const home = await cacheStatus(`${proxyUrl}/`);
  check("a public page is served from the cache", "HIT", home.cache, home.cache === "HIT");

  await cacheStatus(proxyUrl + pages.post);
  const post = await cacheStatus(proxyUrl + pages.post);
  check("a post page is served from the cache", "HIT", post.cache, post.cache === "HIT");

  const signedIn = await cacheStatus(`${proxyUrl}/`, sessionCookie);
  check(
    "a request with the session cookie bypasses the cache",
    "BYPASS",
    signedIn.cache,
    signedIn.cache === "BYPASS",
  );

  const reader = await cacheStatus(proxyUrl + pages.post, "casebook-reader=bench-reader-token");
  check(
    "a request with the reader cookie bypasses the cache",
    "BYPASS",
    reader.cache,
    reader.cache === "BYPASS",
  );

  // The app's refresh after a change (lib/cache/proxy-refresh.ts) replaces the cached copy
  const refreshed = await cacheStatus(proxyUrl + pages.post, undefined, { "x-casebook-refresh": "1" });
  const afterRefresh = await cacheStatus(proxyUrl + pages.post);
  check(
    "a refresh from the app fetches the page afresh and stores it",
    "BYPASS, then HIT",
    `${refreshed.cache}, then ${afterRefresh.cache}`,
    refreshed.cache === "BYPASS" && afterRefresh.cache === "HIT",
  );
  const otherValue = await cacheStatus(proxyUrl + pages.post, undefined, { "x-casebook-refresh": "yes" });
  check(
    "any other value of the refresh header is ignored",
    "HIT",
    otherValue.cache,
    otherValue.cache === "HIT",
  );

  const admin = [
    await cacheStatus(`${proxyUrl}/admin`, sessionCookie),
    await cacheStatus(`${proxyUrl}/admin`, sessionCookie),
  ];
  check(
    "the author area is never cached",
    "no cache status, dashboard shown",
    `${admin[1]?.cache}, ${admin[1]?.body.includes("Neuer Beitrag") ? "dashboard shown" : `status ${admin[1]?.status}`}`,
    admin.every((a) => a.cache === "none" && a.body.includes("Neuer Beitrag")),
  );

  const signIn = await cacheStatus(`${proxyUrl}/sign-in`);
  check("the sign-in page is never cached", "none", signIn.cache, signIn.cache === "none");

  // Search results are marked private by the app: the cache must honour that
  const search = [
    await cacheStatus(`${proxyUrl}/search?q=kunde`),
    await cacheStatus(`${proxyUrl}/search?q=kunde`),
  ];
  check(
    "a response the app marks private is not stored",
    "MISS twice",
    search.map((s) => s.cache).join(", "),
    search.every((s) => s.cache === "MISS"),
  );

  // proxy_cache_valid 1s: nginx counts whole seconds, so an entry lives one to two seconds
  await sleep(2100);
  const expired = await cacheStatus(`${proxyUrl}/`);
  check(
    "a cached page expires within two seconds (1 s validity, whole seconds)",
    "EXPIRED, STALE or UPDATING (then fresh)",
    expired.cache,
    ["EXPIRED", "STALE", "UPDATING", "MISS"].includes(expired.cache),
  );
  return checks;
}
