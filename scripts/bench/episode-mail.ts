// Benchmark (not a test): one series with 10,000 confirmed subscribers. Measures the time from
// publishing an episode to all mails queued, the send rate to a loopback SMTP server, and then
// publishes another episode and kills the worker process (SIGKILL) halfway, restarts it, and counts
// the mails each subscriber received: every one must get exactly one.
//
//   npm run bench:mail -- --db sqlite
//   npm run bench:mail -- --db postgresql --subscribers 10000 --kills 1
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({
  options: {
    db: { type: "string", default: "sqlite" },
    subscribers: { type: "string", default: "10000" },
    kills: { type: "string", default: "1" },
    "smtp-port": { type: "string", default: "2625" },
  },
});

const databaseUrl =
  options.db === "postgresql"
    ? (process.env.BENCH_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/casebook_bench_mail")
    : "file:./data/bench-mail.db";
const subscriberCount = Number(options.subscribers);
const kills = Number(options.kills);
const smtpPort = Number(options["smtp-port"]);

// The data layer reads these when it is first imported
process.env.DATABASE_URL = databaseUrl;
process.env.SITE_URL ??= "https://blog.example.org";
process.env.AUTH_SECRET ??= "bench-mail-secret";

const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  MAIL_RATE_PER_MINUTE: "1000000",
  // A killed worker's claimed mail is taken over after this long
  MAIL_LEASE_SECONDS: "3",
};

const localPart = (messageId: string) => messageId.replace(/^</, "").split("@")[0] ?? "";

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

function startWorker(): ChildProcess {
  return spawn("node", ["--conditions=react-server", "--import", "tsx", "scripts/mail-worker.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 600_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function main(): Promise<void> {
  console.log(
    `Episode mail on ${options.db}: ${subscriberCount} subscribers, ${kills} kill(s) of the worker`,
  );
  run("npx", ["tsx", "scripts/db.ts", "reset"]);
  run("npx", ["tsx", "scripts/db.ts", "prepare"]);

  const { db } = await import("../../lib/db");
  const { changePostStatus } = await import("../../lib/data/admin-posts");
  const { queueDueNewPostMails } = await import("../../lib/data/subscriptions");
  const { startMailCatcher } = await import("../../lib/testing/mail-catcher");
  const { messageIdFor } = await import("../../lib/mail/compose");

  const series = await db.series.findFirstOrThrow({ orderBy: { id: "asc" } });
  const admin = await db.user.create({
    data: { email: "bench-admin@example.org", name: "Bench", slug: "bench-admin", role: "ADMIN" },
  });
  const emails = Array.from({ length: subscriberCount }, (_, i) => `leser-${i}@bench.example`);
  for (let start = 0; start < emails.length; start += 1000) {
    const batch = emails.slice(start, start + 1000);
    await db.subscriber.createMany({
      data: batch.map((email) => ({ email, status: "CONFIRMED" as const, confirmedAt: new Date() })),
    });
    const rows = await db.subscriber.findMany({ where: { email: { in: batch } }, select: { id: true } });
    await db.subscription.createMany({
      data: rows.map((row) => ({ subscriberId: row.id, seriesId: series.id })),
    });
  }

  // Deliveries per Message-ID and recipient, counted at the SMTP server: a resent mail counts twice
  const received = new Map<string, Map<string, number>>();
  let total = 0;
  const catcher = await startMailCatcher({
    port: smtpPort,
    light: true,
    onMail: (mail) => {
      total++;
      const perRecipient = received.get(localPart(mail.messageId)) ?? new Map<string, number>();
      received.set(localPart(mail.messageId), perRecipient);
      for (const to of mail.envelopeTo) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    },
  });

  const results: Record<string, string | number> = {
    database: options.db ?? "",
    subscribers: subscriberCount,
  };
  for (const phase of ["throughput", "crash"] as const) {
    const post = await db.post.create({
      data: {
        slug: `bench-folge-${phase}`,
        title: `Bench-Folge (${phase})`,
        excerpt: "Eine Folge für den Benchmark.",
        body: "Text.",
        authorId: admin.id,
        seriesId: series.id,
      },
    });
    const queueStart = performance.now();
    // As the publish action does: the post goes live, then its mails are queued after the response
    await changePostStatus({ id: admin.id, role: "ADMIN" }, post.id, { intent: "publish" });
    await queueDueNewPostMails();
    const queueMs = performance.now() - queueStart;
    const queued = await db.outboxMail.count({ where: { postId: post.id, status: "PENDING" } });
    if (queued !== subscriberCount) throw new Error(`queued ${queued}, expected ${subscriberCount}`);
    const sentBefore = total;
    const sendStart = performance.now();
    let worker = startWorker();
    if (phase === "crash") {
      for (let kill = 1; kill <= kills; kill++) {
        const at = sentBefore + Math.round((subscriberCount * kill) / (kills + 1));
        await until(() => total >= at);
        worker.kill("SIGKILL");
        await new Promise((resolve) => worker.once("exit", resolve));
        worker = startWorker();
      }
    }
    await until(
      async () => (await db.outboxMail.count({ where: { postId: post.id, status: { not: "SENT" } } })) === 0,
    );
    // Give a mail still on the wire a moment to arrive
    await new Promise((resolve) => setTimeout(resolve, 500));
    const sendSeconds = (performance.now() - sendStart) / 1000;
    worker.kill("SIGTERM");
    await new Promise((resolve) => worker.once("exit", resolve));

    // This episode's mails: their Message-IDs derive from "new-post:<postId>:<subscriberId>"
    const mails = await db.outboxMail.findMany({ where: { postId: post.id }, select: { dedupeKey: true } });
    const idsOfThisEpisode = new Set(
      mails.map((mail) => localPart(messageIdFor(mail.dedupeKey, process.env.SITE_URL ?? ""))),
    );
    const counts = new Map<string, number>();
    for (const [id, perRecipient] of received) {
      if (!idsOfThisEpisode.has(id)) continue;
      for (const [to, n] of perRecipient) counts.set(to, (counts.get(to) ?? 0) + n);
    }
    const exactlyOnce = emails.filter((email) => counts.get(email) === 1).length;
    const missing = emails.filter((email) => !counts.has(email)).length;
    const twice = emails.filter((email) => (counts.get(email) ?? 0) > 1).length;
    results[`${phase}: publish → all queued (ms)`] = Math.round(queueMs);
    results[`${phase}: send time (s)`] = Number(sendSeconds.toFixed(1));
    results[`${phase}: mails per second`] = Math.round(subscriberCount / sendSeconds);
    results[`${phase}: exactly one mail`] = exactlyOnce;
    results[`${phase}: none`] = missing;
    results[`${phase}: more than one`] = twice;
  }
  await catcher.close();
  await db.$disconnect();
  console.table(results);
  console.log(JSON.stringify(results));
  const ok =
    results["crash: exactly one mail"] === subscriberCount &&
    results["throughput: exactly one mail"] === subscriberCount;
  console.log(ok ? "OK: every subscriber got exactly one mail per episode" : "FAILED: see the figures above");
  process.exitCode = ok ? 0 : 1;
}

await main();
