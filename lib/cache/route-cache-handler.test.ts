// The route cache keeps Next.js's file-system cache working as before (memory, disk, seeds from
// the build) while every page it hands out is ASCII, and never keeps a render that straddled a change.
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

const page = (html: string, tags: string[] = []) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("0:{}\n"),
  headers: tags.length > 0 ? { "x-next-cache-tags": tags.join(",") } : {},
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

  describe("a change while a page renders", () => {
    // Date.now() counts milliseconds; a few apart, the order of reads, changes and stores is clear
    const aMoment = () => new Promise((resolve) => setTimeout(resolve, 5));
    const html = async (key: string) =>
      ((await read(key, pageContext))?.value as { html?: string } | undefined)?.html;

    it.each([
      ["a server action's updateTag", undefined],
      ["the scheduler's revalidateTag", { expire: 0 }],
    ])("does not keep a render that began before %s, and keeps the next one", async (_, durations) => {
      const key = `/straddle-${durations ? "scheduler" : "action"}`;
      const tag = `posts${key}`;
      await store(key, page("<p>Startseite vom Build</p>", [tag]), storeContext);
      expect(await html(key)).toBe("<p>Startseite vom Build</p>");

      await aMoment();
      // A reader's request reads the page and renders it again; while it renders, a post is published
      await cache.revalidateTag(tag, durations);
      expect(await read(key, pageContext)).toBeNull();
      await aMoment();
      await cache.revalidateTag(tag, durations);
      await aMoment();
      await store(key, page("<p>Startseite ohne den neuen Beitrag</p>", [tag]), storeContext);
      expect(await read(key, pageContext)).toBeNull();

      // The next request renders after the publish, and that page is kept
      await aMoment();
      expect(await read(key, pageContext)).toBeNull();
      await store(key, page("<p>Startseite mit dem neuen Beitrag</p>", [tag]), storeContext);
      expect(await html(key)).toBe("<p>Startseite mit dem neuen Beitrag</p>");
    });

    it("keeps a render when only other pages' tags changed meanwhile", async () => {
      expect(await read("/series/andere", pageContext)).toBeNull();
      await aMoment();
      await cache.revalidateTag("tag-of-another-page");
      await aMoment();
      await store("/series/andere", page("<p>Serie</p>", ["series-andere"]), storeContext);
      expect(await html("/series/andere")).toBe("<p>Serie</p>");
    });
  });
});
