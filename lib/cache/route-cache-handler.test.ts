// The route cache keeps Next.js's file-system cache working as before (memory, disk, seeds from
// the build) while every page it hands out is ASCII.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import { afterAll, describe, expect, it } from "vitest";
import RouteCacheHandler from "./route-cache-handler.mjs";

const serverDistDir = mkdtempSync(path.join(os.tmpdir(), "casebook-route-cache-"));
afterAll(() => rmSync(serverDistDir, { recursive: true, force: true }));

const cache = new RouteCacheHandler({
  fs: nodeFs,
  serverDistDir,
  flushToDisk: true,
  maxMemoryCacheSize: 10 * 1024 * 1024,
  revalidatedTags: [],
  _requestHeaders: {},
});

const page = (html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("0:{}\n"),
  headers: {},
  status: 200,
  postponed: undefined,
  segmentData: undefined,
});

// Next.js types cache kinds as const enums, which isolatedModules cannot name; their values are these strings
type SetArgs = Parameters<typeof cache.set>;
type GetArgs = Parameters<typeof cache.get>;
const store = (key: string, value: object, context: object) =>
  cache.set(key, value as SetArgs[1], context as SetArgs[2]);
const read = (key: string, context: object) => cache.get(key, context as GetArgs[1]);

const pageContext = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const storeContext = { ...pageContext, cacheControl: { revalidate: 2_592_000, expire: 31_536_000 } };

describe("RouteCacheHandler", () => {
  it("stores a rendered page in ASCII, in memory and on disk", async () => {
    await store("/posts/kuchen", page("<p>Grüße aus Köln</p>"), storeContext);
    const entry = await read("/posts/kuchen", pageContext);
    expect(entry?.value).toMatchObject({ kind: "APP_PAGE", html: "<p>Gr&#xfc;&#xdf;e aus K&#xf6;ln</p>" });
    expect(readFileSync(path.join(serverDistDir, "app/posts/kuchen.html"), "utf8")).toBe(
      "<p>Gr&#xfc;&#xdf;e aus K&#xf6;ln</p>",
    );
  });

  it("rewrites a page the build prerendered when it is first read, and hands out the same copy after", async () => {
    mkdirSync(path.join(serverDistDir, "app/series"), { recursive: true });
    writeFileSync(
      path.join(serverDistDir, "app/series/systemhaus.html"),
      "<h1>Aus dem Systemhaus – Folge 1</h1>",
    );
    writeFileSync(path.join(serverDistDir, "app/series/systemhaus.rsc"), "0:{}\n");
    writeFileSync(
      path.join(serverDistDir, "app/series/systemhaus.meta"),
      JSON.stringify({ status: 200, headers: {} }),
    );
    const first = await read("/series/systemhaus", pageContext);
    const second = await read("/series/systemhaus", pageContext);
    expect(first?.value).toMatchObject({ html: "<h1>Aus dem Systemhaus &#x2013; Folge 1</h1>" });
    expect(second?.value).toBe(first?.value);
  });

  it("leaves route handlers' bodies (feeds, sitemaps) as they are", async () => {
    const body = Buffer.from("<title>Grüße</title>");
    await store(
      "/feed.xml",
      { kind: "APP_ROUTE", body, headers: {}, status: 200 },
      { kind: "APP_ROUTE", cacheControl: { revalidate: 60, expire: 600 } },
    );
    const entry = await read("/feed.xml", { kind: "APP_ROUTE", isFallback: false });
    expect(entry?.value).toMatchObject({ kind: "APP_ROUTE", body });
  });
});
