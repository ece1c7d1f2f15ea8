// Timed HTTP requests over one kept-alive connection, counting the bytes that crossed the wire.
import http from "node:http";

export interface TimedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Time to the first byte of the response */
  ttfbMs: number;
  /** Time to the last byte: the whole server-side render has reached the client */
  totalMs: number;
  /** Bytes of the body as sent (compressed when the server compressed it) */
  wireBytes: number;
  body: Buffer;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

export function timedGet(url: string, headers: Record<string, string> = {}): Promise<TimedResponse> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers }, (response) => {
      const ttfbMs = performance.now() - started;
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          ttfbMs,
          totalMs: performance.now() - started,
          wireBytes: body.length,
          body,
        });
      });
      response.on("error", reject);
    });
    request.setTimeout(120_000, () => request.destroy(new Error(`timeout: ${url}`)));
    request.on("error", reject);
  });
}

export async function getText(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await timedGet(url, headers);
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  return response.body.toString("utf8");
}

export function closeConnections(): void {
  agent.destroy();
}
