// Subscriptions on SQLite and (with TEST_DATABASE_URL) PostgreSQL: double opt-in, signed links,
// consent records, rate limits, and new posts reaching each confirmed subscriber exactly once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

process.env.AUTH_SECRET = "subscription-test-secret";
const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("subscriptions");

const { db } = await import("../db");
const subscriptions = await import("./subscriptions");
const posts = await import("./admin-posts");
const links = await import("../subscriptions/links");
const { subscribeSchema } = await import("../validations/subscription");

const secret = "subscription-test-secret";
const client = { clientAddress: "203.0.113.9" };
let seriesId = 0;
let otherSeriesId = 0;
let editor = { id: "", role: "EDITOR" as const };

const outbox = (kind?: string) =>
  db.outboxMail.findMany({ where: kind ? { kind } : {}, orderBy: { id: "asc" } });
const linkIn = (text: string, path: string) =>
  new URL(text.match(new RegExp(`https?://\\S+${path}\\?token=[\\w.-]+`))?.[0] ?? "http://x/");
const tokenOf = (url: URL) => url.searchParams.get("token") ?? "";

async function subscribe(email: string, scope: number | null = seriesId, context = client) {
  const input = subscribeSchema.parse({ email, seriesId: scope === null ? "" : String(scope) });
  await subscriptions.requestSubscription(input, context);
}

/** Subscribes and confirms through the link in the mail, as a reader does */
async function subscribeAndConfirm(email: string, scope: number | null = seriesId) {
  await subscribe(email, scope, { clientAddress: `198.51.100.${Math.floor(Math.random() * 250)}` });
  const mail = (await outbox("subscription-confirm")).filter((row) => row.toAddress === email).at(-1);
  if (!mail) throw new Error("no confirmation mail");
  return subscriptions.confirmSubscription(tokenOf(linkIn(mail.textBody, "/abo/bestaetigen")), client);
}

/** As the publish action does: the post goes live, then its mails are queued after the response */
async function publish(postId: number) {
  await posts.changePostStatus(editor, postId, { intent: "publish" });
  return subscriptions.queueDueNewPostMails();
}

async function newEpisode(title: string, inSeries: number | null = seriesId) {
  return db.post.create({
    data: {
      slug: title.toLowerCase().replace(/\W+/g, "-"),
      title,
      excerpt: `Worum es in ${title} geht.`,
      authorId: editor.id,
      seriesId: inSeries,
    },
  });
}

beforeAll(async () => {
  editor = {
    id: (
      await db.user.create({
        data: { email: "redaktion@test.example", name: "Redaktion", slug: "redaktion", role: "EDITOR" },
      })
    ).id,
    role: "EDITOR",
  };
});

beforeEach(async () => {
  await db.outboxMail.deleteMany();
  await db.subscriber.deleteMany();
  await db.rateLimit.deleteMany();
  await db.post.deleteMany();
  await db.series.deleteMany();
  seriesId = (await db.series.create({ data: { slug: "aus-dem-systemhaus", title: "Aus dem Systemhaus" } }))
    .id;
  otherSeriesId = (await db.series.create({ data: { slug: "hobelspaene", title: "Hobelspäne" } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe(`subscriptions on ${config.provider}`, () => {
  it("sends a confirmation link first; only the confirmed address is subscribed, with its consent recorded", async () => {
    await subscribe("Leserin@Example.org ");
    const subscriber = await db.subscriber.findUniqueOrThrow({
      where: { email: "leserin@example.org" },
      include: { subscriptions: true, consents: true },
    });
    expect(subscriber.status).toBe("PENDING");
    expect(subscriber.subscriptions).toEqual([]);
    expect(subscriber.consents.map((consent) => consent.action)).toEqual(["requested"]);
    expect(subscriber.consents[0]?.ipHash).not.toContain("203.0.113.9");
    const [mail] = await outbox("subscription-confirm");
    expect(mail?.toAddress).toBe("leserin@example.org");
    expect(mail?.subject).toContain("Aus dem Systemhaus");

    const outcome = await subscriptions.confirmSubscription(
      tokenOf(linkIn(mail?.textBody ?? "", "/abo/bestaetigen")),
      client,
    );
    expect(outcome.alreadyConfirmed).toBe(false);
    const confirmed = await db.subscriber.findUniqueOrThrow({
      where: { email: "leserin@example.org" },
      include: { subscriptions: true, consents: { orderBy: { id: "asc" } } },
    });
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.subscriptions.map((subscription) => subscription.seriesId)).toEqual([seriesId]);
    expect(confirmed.consents.map((consent) => `${consent.action} ${consent.scope}`)).toEqual([
      `requested series:${seriesId}`,
      `confirmed series:${seriesId}`,
    ]);
  });

  it("answers a replayed confirmation calmly and changes nothing", async () => {
    await subscribe("leser@example.org");
    const [mail] = await outbox("subscription-confirm");
    const token = tokenOf(linkIn(mail?.textBody ?? "", "/abo/bestaetigen"));
    await subscriptions.confirmSubscription(token, client);
    const again = await subscriptions.confirmSubscription(token, client);
    expect(again.alreadyConfirmed).toBe(true);
    expect(await db.subscription.count()).toBe(1);
  });

  it("refuses tampered, foreign and expired confirmation links, storing nothing", async () => {
    await subscribe("leser@example.org");
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email: "leser@example.org" } });
    const genuine = links.confirmToken(subscriber, seriesId, secret);
    const [data = "", signature = ""] = genuine.split(".");
    const payload = JSON.parse(Buffer.from(data, "base64url").toString());
    const tampered = `${Buffer.from(JSON.stringify({ ...payload, c: otherSeriesId })).toString("base64url")}.${signature}`;
    const foreign = links.confirmToken(subscriber, seriesId, "another-secret");
    const expired = links.confirmToken(
      subscriber,
      seriesId,
      secret,
      Date.now() - links.CONFIRM_LINK_MAX_AGE_MS - 1000,
    );
    for (const token of [tampered, foreign, "kaputt", `${genuine}x`]) {
      await expect(subscriptions.confirmSubscription(token, client)).rejects.toThrow(/ungültig/);
    }
    await expect(subscriptions.confirmSubscription(expired, client)).rejects.toThrow(/abgelaufen/);
    expect(await db.subscription.count()).toBe(0);
    expect(await db.consent.count({ where: { action: "confirmed" } })).toBe(0);
  });

  it("subscribing again with a confirmed address changes nothing and says so in a mail", async () => {
    await subscribeAndConfirm("leser@example.org");
    await subscribe("leser@example.org", seriesId, { clientAddress: "192.0.2.77" });
    expect(await db.subscription.count()).toBe(1);
    const [known] = await outbox("subscription-known");
    expect(known?.toAddress).toBe("leser@example.org");
    expect(known?.textBody).toContain("es ändert sich nichts");
  });

  it("limits requests per client and per address, so nobody floods an inbox; a refusal sends nothing", async () => {
    for (let i = 0; i < 5; i++)
      await subscribe(`leser${i}@example.org`, seriesId, { clientAddress: "192.0.2.1" });
    await expect(
      subscribe("noch.einer@example.org", seriesId, { clientAddress: "192.0.2.1" }),
    ).rejects.toThrow(/Zu viele/);
    expect(await db.subscriber.count({ where: { email: "noch.einer@example.org" } })).toBe(0);
    for (let i = 0; i < 3; i++)
      await subscribe("opfer@example.org", seriesId, { clientAddress: `192.0.2.${10 + i}` });
    const before = (await outbox()).length;
    await expect(subscribe("opfer@example.org", seriesId, { clientAddress: "192.0.2.20" })).rejects.toThrow(
      /Zu viele/,
    );
    expect((await outbox()).length).toBe(before);
  });

  it("refuses invalid, over-long and header-injecting addresses before anything happens", () => {
    for (const email of [
      "",
      "keine-adresse",
      "a@b",
      `${"x".repeat(250)}@example.org`,
      "leser@example.org\r\nBcc: x@y.z",
      "leser@example.org\nX: y",
    ]) {
      expect(subscribeSchema.safeParse({ email, seriesId: String(seriesId) }).success).toBe(false);
    }
  });

  it("a filled honeypot is answered as usual and gets nothing", async () => {
    await subscriptions.requestSubscription(
      subscribeSchema.parse({
        email: "bot@example.org",
        seriesId: String(seriesId),
        website: "https://spam.example",
      }),
      client,
    );
    expect(await db.subscriber.count()).toBe(0);
    expect((await outbox()).length).toBe(0);
  });

  it("publishing an episode queues one mail per confirmed subscriber of the series or the blog, once", async () => {
    await subscribeAndConfirm("serie@example.org");
    await subscribeAndConfirm("blog@example.org", null);
    await subscribeAndConfirm("beides@example.org");
    await subscribeAndConfirm("beides@example.org", null);
    await subscribeAndConfirm("andere@example.org", otherSeriesId);
    await subscribe("unbestaetigt@example.org");
    const episode = await newEpisode("Der Drucker am Montag");
    expect(await publish(episode.id)).toBe(3);
    const mails = await outbox("new-post");
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual([
      "beides@example.org",
      "blog@example.org",
      "serie@example.org",
    ]);
    const forSeries = mails.find((mail) => mail.toAddress === "serie@example.org");
    expect(forSeries?.subject).toBe("Neue Folge: Der Drucker am Montag");
    expect(forSeries?.textBody).toContain("Worum es in Der Drucker am Montag geht.");
    const headers = JSON.parse(forSeries?.headers ?? "{}") as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/\S+\/api\/abo\/abmelden\?token=[\w.-]+>$/);
    expect(mails.find((mail) => mail.toAddress === "blog@example.org")?.subject).toBe(
      "Neuer Beitrag: Der Drucker am Montag",
    );

    // Unpublished before sending: the mails are withdrawn; published again: they come back, still once
    await posts.changePostStatus(editor, episode.id, { intent: "unpublish" });
    expect((await outbox("new-post")).every((mail) => mail.status === "CANCELLED")).toBe(true);
    await publish(episode.id);
    const again = await outbox("new-post");
    expect(again).toHaveLength(3);
    expect(again.every((mail) => mail.status === "PENDING")).toBe(true);
    // Queueing again (a second server, the worker's sweep) adds nothing
    expect(await subscriptions.queueDueNewPostMails()).toBe(0);
    expect(await outbox("new-post")).toHaveLength(3);
  });

  it("a publish leaves its mails to a step of their own, which queues each post's mails once", async () => {
    await subscribeAndConfirm("serie@example.org");
    await subscribeAndConfirm("blog@example.org", null);
    const first = await newEpisode("Folge eins");
    const second = await newEpisode("Folge zwei", null);
    await posts.changePostStatus(editor, first.id, { intent: "publish" });
    await posts.changePostStatus(editor, second.id, { intent: "publish" });
    const published = await db.post.findUniqueOrThrow({ where: { id: first.id } });
    // Live at once; the mails are not queued yet, the posts are marked for them
    expect(await outbox("new-post")).toEqual([]);
    expect(
      (await db.post.findMany({ where: { newPostMailsDue: true }, orderBy: { id: "asc" } })).map(
        (post) => post.id,
      ),
    ).toEqual([first.id, second.id]);
    // Two servers (or a server and the worker) queueing at the same moment: each mail once
    const [one, other] = await Promise.all([
      subscriptions.queueDueNewPostMails(),
      subscriptions.queueDueNewPostMails(),
    ]);
    expect(one + other).toBe(3);
    const mails = await outbox("new-post");
    expect(mails.map((mail) => `${mail.postId} ${mail.toAddress}`).sort()).toEqual(
      [
        `${first.id} serie@example.org`,
        `${first.id} blog@example.org`,
        `${second.id} blog@example.org`,
      ].sort(),
    );
    const queued = await db.post.findUniqueOrThrow({ where: { id: first.id } });
    expect(queued.newPostMailsDue).toBe(false);
    // Queueing mails is not a change to the post: "last changed" stays the publish's
    expect(queued.updatedAt).toEqual(published.updatedAt);
  });

  it("a post taken back before its mails were queued sends none, and a scheduled one queues them when it goes live", async () => {
    await subscribeAndConfirm("serie@example.org");
    const hasty = await newEpisode("Zu früh");
    await posts.changePostStatus(editor, hasty.id, { intent: "publish" });
    await posts.changePostStatus(editor, hasty.id, { intent: "unpublish" });
    expect(await subscriptions.queueDueNewPostMails()).toBe(0);
    expect(await outbox("new-post")).toEqual([]);

    const planned = await newEpisode("Geplant");
    const at = new Date(Date.now() + 60_000);
    await posts.changePostStatus(editor, planned.id, { intent: "schedule", at });
    expect(await subscriptions.queueDueNewPostMails()).toBe(0);
    expect(await posts.publishDuePosts(new Date(at.getTime() + 1))).toHaveLength(1);
    expect(await subscriptions.queueDueNewPostMails()).toBe(1);
    expect((await outbox("new-post")).map((mail) => [mail.postId, mail.toAddress])).toEqual([
      [planned.id, "serie@example.org"],
    ]);
  });

  it("one click unsubscribes from what the mail came from, at once, and unsent mails are withdrawn", async () => {
    await subscribeAndConfirm("leser@example.org");
    await subscribeAndConfirm("leser@example.org", otherSeriesId);
    const episode = await newEpisode("Folge zwei");
    await publish(episode.id);
    const [mail] = await outbox("new-post");
    const oneClick = JSON.parse(mail?.headers ?? "{}")["List-Unsubscribe"].slice(1, -1) as string;
    const token = tokenOf(new URL(oneClick));
    expect(await subscriptions.unsubscribeWithLink(token, client)).toMatchObject({ ok: true });
    const subscriber = await db.subscriber.findUniqueOrThrow({
      where: { email: "leser@example.org" },
      include: { subscriptions: true },
    });
    expect(subscriber.subscriptions.map((subscription) => subscription.seriesId)).toEqual([otherSeriesId]);
    expect(subscriber.status).toBe("CONFIRMED");
    expect((await outbox("new-post"))[0]?.status).toBe("CANCELLED");
    // Repeating it is harmless; a tampered link does nothing
    expect(await subscriptions.unsubscribeWithLink(token, client)).toMatchObject({ ok: true });
    expect(await subscriptions.unsubscribeWithLink(`${token}x`, client)).toEqual({ ok: false });
    const next = await newEpisode("Folge drei");
    await publish(next.id);
    expect((await outbox("new-post")).filter((row) => row.postId === next.id)).toEqual([]);
  });

  it("the manage page sets exactly the chosen subscriptions, and leaving all of them unsubscribes", async () => {
    const confirmed = await subscribeAndConfirm("leser@example.org");
    const token = tokenOf(new URL(confirmed.manageUrl));
    expect(await subscriptions.getManageView(token)).toMatchObject({
      email: "leser@example.org",
      blog: false,
      seriesIds: [seriesId],
    });
    await subscriptions.updateSubscriptions(
      token,
      { blog: true, seriesIds: [otherSeriesId, 999_999] },
      client,
    );
    expect(await subscriptions.getManageView(token)).toMatchObject({
      blog: true,
      seriesIds: [otherSeriesId],
    });
    await subscriptions.updateSubscriptions(token, { blog: false, seriesIds: [] }, client);
    const subscriber = await db.subscriber.findUniqueOrThrow({
      where: { email: "leser@example.org" },
      include: { consents: true },
    });
    expect(subscriber.status).toBe("UNSUBSCRIBED");
    expect(subscriber.consents.map((consent) => consent.action)).toContain("unsubscribed");
    expect(await subscriptions.getManageView("gefälscht.token")).toBeNull();
  });

  it("raising the token version invalidates every link sent before", async () => {
    const confirmed = await subscribeAndConfirm("leser@example.org");
    await db.subscriber.update({
      where: { email: "leser@example.org" },
      data: { tokenVersion: { increment: 1 } },
    });
    expect(await subscriptions.getManageView(tokenOf(new URL(confirmed.manageUrl)))).toBeNull();
  });
});
