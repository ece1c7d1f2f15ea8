// The outbox worker against a real SMTP server on loopback: each mail arrives once, failures are
// retried or given up, and a worker that dies mid-send leaves nothing lost and nothing doubled.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CaughtMail } from "../testing/mail-catcher";

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("mail");
const { db } = await import("../db");
const outbox = await import("../data/outbox");
const { MailWorker } = await import("./worker");
const { SmtpSender } = await import("./smtp-sender");
const { composeMail } = await import("./compose");
const { readMailConfig } = await import("./config");
const { startMailCatcher } = await import("../testing/mail-catcher");

const received: CaughtMail[] = [];
let refuse: ((to: string[]) => { code: number; message: string } | null) | null = null;
const catcher = await startMailCatcher({
  port: 0,
  onMail: (mail) => received.push(mail),
  refuse: ({ envelopeTo }) => refuse?.(envelopeTo) ?? null,
});
const smtpUrl = `smtp://127.0.0.1:${catcher.port}`;
const mailConfig = {
  ...readMailConfig({ SMTP_URL: smtpUrl, MAIL_FROM: "Casebook <blog@example.org>" }),
  leaseMs: 1_000,
};
const siteUrl = "https://blog.example.org";

function worker() {
  return new MailWorker({ config: mailConfig, siteUrl, log: () => {} });
}

async function sendAll(w = worker()) {
  while ((await w.sendDue()) > 0);
  await w.stop();
}

function mail(key: string, overrides: Partial<Parameters<typeof outbox.enqueueMail>[0]> = {}) {
  return {
    dedupeKey: key,
    kind: "test",
    to: `${key.replace(/\W/g, "")}@leser.example`,
    subject: `Betreff ${key}`,
    text: `Text ${key}`,
    html: `<p>HTML ${key}</p>`,
    ...overrides,
  };
}

beforeEach(async () => {
  received.length = 0;
  refuse = null;
  await db.outboxMail.deleteMany();
});

afterAll(async () => {
  await catcher.close();
  await db.$disconnect();
});

describe(`mail outbox on ${config.provider}`, () => {
  it("delivers a queued mail once, with text and HTML parts and its extra headers", async () => {
    const unsubscribe = "<https://blog.example.org/abmelden/abc>";
    await outbox.enqueueMail(
      mail("welcome", {
        headers: { "List-Unsubscribe": unsubscribe, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      }),
    );
    await outbox.enqueueMail(mail("welcome", { subject: "Ein zweites Mal" }));
    await sendAll();
    expect(received).toHaveLength(1);
    const [got] = received;
    expect(got?.envelopeTo).toEqual(["welcome@leser.example"]);
    expect(got?.envelopeFrom).toBe("blog@example.org");
    expect(got?.subject).toBe("Betreff welcome");
    expect(got?.text.trim()).toBe("Text welcome");
    expect(got?.html).toContain("<p>HTML welcome</p>");
    expect(got?.headers["list-unsubscribe"]).toBe(unsubscribe);
    expect(got?.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(got?.messageId).toMatch(/@blog\.example\.org>$/);
    const row = await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: "welcome" } });
    expect(row.status).toBe("SENT");
    expect(row.sentAt).not.toBeNull();
  });

  it("queues a batch once, however often it is queued", async () => {
    const batch = Array.from({ length: 1200 }, (_, i) => mail(`episode:1:${i}`));
    expect(await outbox.enqueueMails(batch)).toBe(1200);
    expect(await outbox.enqueueMails(batch.slice(0, 700))).toBe(0);
    expect(await db.outboxMail.count()).toBe(1200);
  });

  it("keeps line breaks out of headers", async () => {
    await outbox.enqueueMail(
      mail("inject", {
        subject: "Hallo\r\nBcc: opfer@example.org",
        headers: { "X-Test": "a\r\nBcc: b@example.org" },
      }),
    );
    await sendAll();
    expect(received).toHaveLength(1);
    expect(received[0]?.envelopeTo).toEqual(["inject@leser.example"]);
    expect(received[0]?.subject).toBe("Hallo Bcc: opfer@example.org");
    expect(received[0]?.headers.bcc).toBeUndefined();
  });

  it("retries a temporary refusal later and gives up on a permanent one", async () => {
    await outbox.enqueueMail(mail("later"));
    await outbox.enqueueMail(mail("never"));
    refuse = (to) =>
      to[0] === "never@leser.example"
        ? { code: 550, message: "No such user" }
        : { code: 451, message: "Try again later" };
    await sendAll();
    expect(received).toHaveLength(0);
    const later = await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: "later" } });
    expect(later).toMatchObject({ status: "PENDING", attempts: 1, lockedBy: null, sentAt: null });
    expect(later.lastError).toContain("Try again later");
    expect(later.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    const never = await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: "never" } });
    expect(never.status).toBe("FAILED");
    expect(never.lastError).toContain("No such user");

    refuse = null;
    const w = worker();
    expect(await w.sendDue(new Date(Date.now() + 60_000))).toBe(1);
    await w.stop();
    expect(received.map((got) => got.envelopeTo[0])).toEqual(["later@leser.example"]);
    expect((await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: "later" } })).status).toBe("SENT");
  });

  it("does not send a cancelled mail, also when it is cancelled while being sent", async () => {
    await outbox.enqueueMail(mail("cancelled-before", { postId: null }));
    await outbox.cancelUnsentMails({ dedupeKey: "cancelled-before" });
    await sendAll();
    expect(received).toHaveLength(0);

    await outbox.enqueueMail(mail("cancelled-during"));
    const [claimed] = await outbox.claimMails("worker-a", new Date(), 60_000, 1);
    if (!claimed) throw new Error("nothing claimed");
    const sender = new SmtpSender(smtpUrl);
    const result = await sender.deliver(
      { from: "blog@example.org", to: claimed.toAddress },
      await composeMail(claimed, mailConfig.from, siteUrl),
      async () => {
        await outbox.cancelUnsentMails({ dedupeKey: "cancelled-during" });
        return outbox.markMailSent(claimed.id, "worker-a", new Date());
      },
    );
    sender.close();
    expect(result.status).toBe("aborted");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(0);
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id: claimed.id } })).status).toBe("CANCELLED");
  });

  it("a worker that dies before recording the mail loses nothing and doubles nothing", async () => {
    await outbox.enqueueMail(mail("crash-before"));
    const [claimed] = await outbox.claimMails("dying-worker", new Date(), mailConfig.leaseMs, 1);
    if (!claimed) throw new Error("nothing claimed");
    const sender = new SmtpSender(smtpUrl);
    // The whole message is on the wire; the process dies before its commit: the connection drops
    const dying = sender.deliver(
      { from: "blog@example.org", to: claimed.toAddress },
      await composeMail(claimed, mailConfig.from, siteUrl),
      () => new Promise<boolean>(() => setTimeout(() => sender.close(), 50)),
    );
    expect((await dying).status).toBe("failed");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(0);
    expect((await db.outboxMail.findUniqueOrThrow({ where: { id: claimed.id } })).status).toBe("SENDING");

    // Within the lease nobody touches it; after the lease another worker takes it over
    const rescuer = worker();
    expect(await rescuer.sendDue(new Date())).toBe(0);
    expect(await rescuer.sendDue(new Date(Date.now() + mailConfig.leaseMs + 1))).toBe(1);
    await rescuer.stop();
    expect(received.map((got) => got.envelopeTo[0])).toEqual(["crashbefore@leser.example"]);
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: claimed.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("a worker that dies after recording the mail has sent it: nobody sends it again", async () => {
    await outbox.enqueueMail(mail("crash-after"));
    const [claimed] = await outbox.claimMails("dying-worker", new Date(), mailConfig.leaseMs, 1);
    if (!claimed) throw new Error("nothing claimed");
    const sender = new SmtpSender(smtpUrl);
    const result = await sender.deliver(
      { from: "blog@example.org", to: claimed.toAddress },
      await composeMail(claimed, mailConfig.from, siteUrl),
      () => outbox.markMailSent(claimed.id, "dying-worker", new Date()),
    );
    sender.close();
    expect(result.status).toBe("sent");
    const later = worker();
    expect(await later.sendDue(new Date(Date.now() + 10 * mailConfig.leaseMs))).toBe(0);
    await later.stop();
    expect(received).toHaveLength(1);
  });

  it("mails of a post whose server stopped right after publishing are queued and sent by the worker", async () => {
    const author = await db.user.upsert({
      where: { email: "autorin@test.example" },
      create: { email: "autorin@test.example", name: "Autorin", slug: "autorin" },
      update: {},
    });
    await db.subscriber.deleteMany();
    await db.subscriber.create({
      data: {
        email: "abonnentin@leser.example",
        status: "CONFIRMED",
        confirmedAt: new Date(),
        subscriptions: { create: { seriesId: null } },
      },
    });
    // What a publish leaves when the server is gone before it could queue the mails
    const post = await db.post.create({
      data: {
        slug: "liegen-geblieben",
        title: "Liegen geblieben",
        authorId: author.id,
        status: "PUBLISHED",
        publishedAt: new Date(),
        newPostMailsDue: true,
      },
    });
    const w = worker();
    w.start();
    try {
      await expect
        .poll(() => received.map((got) => `${got.envelopeTo.join()} ${got.subject}`), { timeout: 10_000 })
        .toEqual(["abonnentin@leser.example Neuer Beitrag: Liegen geblieben"]);
      expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
        newPostMailsDue: false,
      });
    } finally {
      await w.stop();
      await db.post.delete({ where: { id: post.id } });
    }
  });
});

beforeAll(() => {
  expect(mailConfig.smtpUrl).toBe(smtpUrl);
});
