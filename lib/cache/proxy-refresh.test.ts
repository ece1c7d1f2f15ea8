// What the app sends the reverse proxy after a change: a GET of each changed page, under the site's
// host name and with the refresh header, and no failure when the proxy does not answer.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROXY_REFRESH_HEADER, sendProxyRefreshes } from "./proxy-refresh";

const received: { method?: string; url?: string; host?: string; refresh?: string }[] = [];
const proxy = http.createServer((request, response) => {
  received.push({
    method: request.method,
    url: request.url,
    host: request.headers.host,
    refresh: String(request.headers[PROXY_REFRESH_HEADER]),
  });
  response.writeHead(request.url === "/posts/weg" ? 404 : 200).end("<html></html>");
});
let url = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

describe("refreshing the reverse proxy", () => {
  it("asks once for each changed page, as the site's host, with the refresh header", async () => {
    const results = await sendProxyRefreshes(["/", "/posts/kuchen", "/", "/posts/weg"], {
      url,
      host: "blog.example.org",
    });
    expect(results).toEqual([
      { path: "/", status: 200 },
      { path: "/posts/kuchen", status: 200 },
      { path: "/posts/weg", status: 404 },
    ]);
    expect(received).toEqual(
      ["/", "/posts/kuchen", "/posts/weg"].map((path) => ({
        method: "GET",
        url: path,
        host: "blog.example.org",
        refresh: "1",
      })),
    );
  });

  it("reports a proxy that does not answer instead of failing the change", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await sendProxyRefreshes(["/"], { url: `http://127.0.0.1:${port}`, host: "x" })).toEqual([
      { path: "/", status: null },
    ]);
  });
});
