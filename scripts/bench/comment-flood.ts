// Benchmark (not a test): 1,000 comments posted at once against a production build, the way a
// browser without JavaScript posts the form. Every accepted comment must be stored exactly once;
// replayed forms and duplicates must be refused. Prints comments per second and latencies.
//
//   npm run bench:comments -- --db sqlite
//   npm run bench:comments -- --db postgresql --count 1000 --replays 200
//
// It builds the app unless --no-build, prepares a fresh database with the demo content, starts
// `next start` on a loopback port, and talks to it only over HTTP.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { parseArgs } from "node:util";
import { readDatabaseConfig } from "../../lib/database-config";
import { createPrismaClient } from "../../lib/prisma-client";

const { values: options } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    count: { type: "string", default: "1000" },
    replays: { type: "string", default: "200" },
    port: { type: "string", default: "3410" },
    build: { type: "boolean", default: true },
    "no-build": { type: "boolean", default: false },
    post: { type: "string", default: "die-kueche-vom-bild" },
  },
});

const count = Number(options.count);
const replays = Math.min(Number(options.replays), count);
const port = Number(options.port);
const base = `http://127.0.0.1:${port}`;
const databaseUrl =
  options.db === "postgresql"
    ? (process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/casebook_bench_comments")
    : "file:./data/bench-comments.db";
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  SITE_URL: base,
  NEXT_TELEMETRY_DISABLED: "1",
  // Mail waits in the outbox: this measures comments, not SMTP
  SMTP_URL: "",
};

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/robots.txt`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not start");
}

/** The hidden fields React renders into the form for a post without JavaScript */
function hiddenFields(html: string): Map<string, string> {
  const form = html.match(/<section id="respond"[\s\S]*?<\/form>/)?.[0] ?? "";
  const fields = new Map<string, string>();
  for (const [, name = "", value = ""] of form.matchAll(
    /<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g,
  )) {
    fields.set(name, value.replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
  }
  return fields;
}

interface Outcome {
  /** Which form (token) it was sent with */
  index: number;
  status: number;
  ms: number;
  commentId: number | null;
  replay: boolean;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const marker = `flood-${randomBytes(4).toString("hex")}`;
  console.log(
    `Comment flood on ${options.db}: ${count} comments at once, ${replays} replayed forms (${marker})`,
  );
  run("npx", ["tsx", "scripts/db.ts", "reset"]);
  run("npx", ["tsx", "scripts/db.ts", "prepare"]);
  if (options.build && !options["no-build"]) run("npx", ["next", "build"]);

  const server: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  process.on("exit", stop);
  try {
    await waitForServer();
    const page = await (await fetch(`${base}/posts/${options.post}`)).text();
    const fields = hiddenFields(page);
    const postId = fields.get("postId");
    if (!postId || !fields.has("$ACTION_KEY")) throw new Error("no comment form on the post page");

    // One fresh form per comment, as each reader's browser fetches one
    const tokens = await Promise.all(
      Array.from({ length: count }, async () => {
        const form = (await (await fetch(`${base}/api/comment-form?post=${postId}`)).json()) as {
          formToken: string;
        };
        return form.formToken;
      }),
    );
    // Forms are refused when sent faster than a person types
    await new Promise((resolve) => setTimeout(resolve, 3_200));

    // Every request on its own connection, all at once
    const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
    const post = async (form: FormData, headers: Record<string, string>) => {
      // The platform's multipart encoding, sent with node:http so that nothing queues requests
      const encoded = new Response(form);
      const payload = Buffer.from(await encoded.arrayBuffer());
      return new Promise<{ status: number; location: string }>((resolve, reject) => {
        const request = http.request(
          `${base}/posts/${options.post}`,
          {
            method: "POST",
            agent,
            headers: {
              ...headers,
              "Content-Type": encoded.headers.get("content-type") ?? "",
              "Content-Length": payload.length,
            },
          },
          (response) => {
            response.resume();
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                location: String(response.headers.location ?? ""),
              }),
            );
          },
        );
        request.on("error", reject);
        request.end(payload);
      });
    };
    const send = async (index: number, token: string, replay: boolean): Promise<Outcome> => {
      const body = new FormData();
      for (const [name, value] of fields) body.set(name, value);
      body.set("formToken", token);
      body.set("enhanced", "");
      body.set("name", `Leser ${index}`);
      body.set("email", `${marker}-${index}${replay ? "-again" : ""}@bench.example`);
      body.set(
        "body",
        `${marker} Kommentar Nummer ${index}${replay ? " (noch einmal mit demselben Formular)" : ""}`,
      );
      const started = performance.now();
      const response = await post(body, {
        "X-Forwarded-For": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
        Origin: base,
      });
      const id = response.location.match(/#comment-(\d+)$/)?.[1];
      return {
        index,
        status: response.status,
        ms: performance.now() - started,
        commentId: id ? Number(id) : null,
        replay,
      };
    };

    const started = performance.now();
    const outcomes = await Promise.all([
      ...tokens.map((token, index) => send(index, token, false)),
      ...tokens.slice(0, replays).map((token, index) => send(index, token, true)),
    ]);
    const seconds = (performance.now() - started) / 1000;
    agent.destroy();

    const accepted = outcomes.filter((outcome) => outcome.commentId !== null);
    const latencies = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
    const db = createPrismaClient(readDatabaseConfig({ DATABASE_URL: databaseUrl }));
    const stored = await db.comment.findMany({
      where: { body: { startsWith: marker } },
      select: { id: true, body: true },
    });
    await db.$disconnect();

    const acceptedIds = new Set(accepted.map((outcome) => outcome.commentId));
    const storedIds = new Set(stored.map((comment) => comment.id));
    // Bodies name their form's number: two stored bodies of one form would be a double
    const storedTwice =
      stored.length - new Set(stored.map((comment) => comment.body.replace(/ \(noch.*$/, ""))).size;
    const lost = [...acceptedIds].filter((id) => id !== null && !storedIds.has(id)).length;
    const unreported = [...storedIds].filter((id) => !acceptedIds.has(id)).length;
    // A replayed form races its original: whichever comes first counts, never both
    const acceptedPerForm = new Map<number, number>();
    for (const outcome of accepted)
      acceptedPerForm.set(outcome.index, (acceptedPerForm.get(outcome.index) ?? 0) + 1);
    const formsAcceptedTwice = [...acceptedPerForm.values()].filter((n) => n > 1).length;
    const result = {
      database: options.db,
      sent: outcomes.length,
      accepted: accepted.length,
      formsAcceptedTwice,
      refused: outcomes.length - accepted.length,
      stored: stored.length,
      storedTwice,
      lost,
      storedButNotReported: unreported,
      commentsPerSecond: Math.round(accepted.length / seconds),
      requestsPerSecond: Math.round(outcomes.length / seconds),
      p50Ms: Math.round(percentile(latencies, 50)),
      p95Ms: Math.round(percentile(latencies, 95)),
      maxMs: Math.round(latencies.at(-1) ?? 0),
      wallSeconds: Number(seconds.toFixed(2)),
    };
    console.table(result);
    console.log(JSON.stringify(result));
    const ok =
      result.accepted === count &&
      acceptedPerForm.size === count &&
      result.formsAcceptedTwice === 0 &&
      result.stored === count &&
      result.storedTwice === 0 &&
      result.lost === 0 &&
      result.storedButNotReported === 0;
    console.log(ok ? "OK: every accepted comment is stored exactly once" : "FAILED: see the figures above");
    process.exitCode = ok ? 0 : 1;
  } finally {
    stop();
  }
}

await main();
