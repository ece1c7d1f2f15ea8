// The public comment form's server side, on SQLite and (with TEST_DATABASE_URL) PostgreSQL:
// every refusal gives a clear message and stores nothing; accepted comments land exactly once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CommentInput } from "../validations/comment";

process.env.AUTH_SECRET = "comment-test-secret";
const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("comments");

const { db } = await import("../db");
const { issueFormToken } = await import("../comments/form-token");
const { submitComment, getReaderPendingComments } = await import("./comment-submission");
const { updateSiteSettings } = await import("./settings");
const { defaultSiteSettings } = await import("../validations/settings");

const secret = "comment-test-secret";
const started = Date.now();
const now = new Date(started + 10_000);
let authorId = "";
let admin = { id: "", role: "ADMIN" as const };
let postId = 0;
let otherPostId = 0;

const context = (overrides: Partial<Parameters<typeof submitComment>[1]> = {}) => ({
  clientAddress: "203.0.113.7",
  readerToken: "reader-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  user: null,
  now,
  ...overrides,
});

function input(overrides: Partial<CommentInput> = {}): CommentInput {
  const target = overrides.postId ?? postId;
  return {
    postId: target,
    parentId: null,
    name: "Leserin",
    email: "leserin@example.org",
    url: null,
    body: `Ein Kommentar ${Math.random()}`,
    formToken: issueFormToken(target, secret, { now: started }),
    homepage: "",
    challengeAnswer: "",
    remember: false,
    notify: false,
    ...overrides,
  };
}

async function settings(changes: Partial<typeof defaultSiteSettings>) {
  await updateSiteSettings(admin, { ...defaultSiteSettings, ...changes });
}

beforeAll(async () => {
  authorId = (
    await db.user.create({ data: { email: "autorin@test.example", name: "Autorin", slug: "autorin" } })
  ).id;
  admin = {
    id: (
      await db.user.create({
        data: { email: "admin@test.example", name: "Admin", slug: "admin", role: "ADMIN" },
      })
    ).id,
    role: "ADMIN",
  };
});

beforeEach(async () => {
  await db.comment.deleteMany();
  await db.post.deleteMany();
  await db.rateLimit.deleteMany();
  await db.outboxMail.deleteMany();
  await db.setting.deleteMany({ where: { key: { not: "serverSecret" } } });
  const published = { status: "PUBLISHED" as const, publishedAt: new Date(started - 86_400_000), authorId };
  postId = (await db.post.create({ data: { ...published, slug: "beitrag", title: "Beitrag" } })).id;
  otherPostId = (await db.post.create({ data: { ...published, slug: "anderer", title: "Anderer" } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

const stored = () => db.comment.count();

async function expectRefused(submission: () => Promise<unknown>, message: RegExp) {
  const before = await stored();
  await expect(submission()).rejects.toThrow(message);
  expect(await stored()).toBe(before);
}

describe(`comment submission on ${config.provider}`, () => {
  it("holds a first comment for moderation and shows it to its writer only", async () => {
    const comment = await submitComment(input(), context());
    expect(comment.status).toBe("PENDING");
    expect(await getReaderPendingComments(postId, context().readerToken)).toHaveLength(1);
    expect(await getReaderPendingComments(postId, "someone-else-xxxxxxxxxxxxxxxxxxxxxxx")).toHaveLength(0);
    expect(await getReaderPendingComments(postId, undefined)).toHaveLength(0);
  });

  it("approves a commenter who already has an approved comment, and counts it", async () => {
    await db.comment.create({
      data: {
        postId: otherPostId,
        authorName: "Leserin",
        authorEmail: "leserin@example.org",
        body: "alt",
        status: "APPROVED",
      },
    });
    const comment = await submitComment(input(), context());
    expect(comment.status).toBe("APPROVED");
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).commentCount).toBe(1);
  });

  it("stores the client address only as a salted hash", async () => {
    await submitComment(input(), context());
    const row = await db.comment.findFirstOrThrow();
    expect(row.ipHash).not.toContain("203.0.113.7");
    expect(row.ipHash.length).toBeGreaterThan(20);
    expect(JSON.stringify(row)).not.toContain("203.0.113.7");
  });

  it("refuses forged, foreign, too fast, expired and replayed forms", async () => {
    await expectRefused(
      () => submitComment(input({ formToken: "forged.token" }), context()),
      /Formular ist ungültig/,
    );
    await expectRefused(
      () =>
        submitComment(input({ formToken: issueFormToken(otherPostId, secret, { now: started }) }), context()),
      /Formular ist ungültig/,
    );
    await expectRefused(
      () =>
        submitComment(
          input({ formToken: issueFormToken(postId, secret, { now: now.getTime() - 1000 }) }),
          context(),
        ),
      /sehr schnell/,
    );
    await expectRefused(
      () =>
        submitComment(
          input({ formToken: issueFormToken(postId, secret, { now: now.getTime() - 25 * 3_600_000 }) }),
          context(),
        ),
      /älter als einen Tag/,
    );
    const formToken = issueFormToken(postId, secret, { now: started });
    await submitComment(input({ formToken }), context());
    await expectRefused(
      () => submitComment(input({ formToken, body: "Anderer Text" }), context()),
      /schon abgeschickt/,
    );
  });

  it("refuses a filled honeypot without saying why", async () => {
    await expectRefused(
      () => submitComment(input({ homepage: "http://spam.example" }), context()),
      /nicht angenommen/,
    );
  });

  it("refuses the same comment twice, however it is spaced", async () => {
    await submitComment(input({ body: "Genau  so war es." }), context());
    await expectRefused(
      () => submitComment(input({ body: "genau so war es. " }), context()),
      /schon geschickt/,
    );
  });

  it("stores each of many identical concurrent posts once", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () => submitComment(input({ body: "Gleichzeitig" }), context())),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    expect(await db.comment.count({ where: { body: "Gleichzeitig" } })).toBe(1);
  });

  it("refuses comments on closed, draft, missing and too old posts", async () => {
    await db.post.update({ where: { id: postId }, data: { commentsOpen: false } });
    await expectRefused(() => submitComment(input(), context()), /geschlossen/);
    await db.post.update({ where: { id: postId }, data: { commentsOpen: true, status: "DRAFT" } });
    await expectRefused(() => submitComment(input(), context()), /gibt es nicht/);
    await expectRefused(() => submitComment(input({ postId: 999_999 }), context()), /gibt es nicht/);
    await db.post.update({ where: { id: postId }, data: { status: "PUBLISHED" } });
    await settings({ closeCommentsAfterDays: 1 });
    await db.post.update({
      where: { id: postId },
      data: { publishedAt: new Date(started - 2 * 86_400_000) },
    });
    await expectRefused(() => submitComment(input(), context()), /geschlossen/);
  });

  it("refuses replies to a missing comment, a pending one, or one on another post", async () => {
    const pending = await db.comment.create({
      data: { postId, authorName: "A", authorEmail: "a@example.org", body: "wartet", status: "PENDING" },
    });
    const foreign = await db.comment.create({
      data: {
        postId: otherPostId,
        authorName: "B",
        authorEmail: "b@example.org",
        body: "anderswo",
        status: "APPROVED",
      },
    });
    for (const parentId of [999_999, pending.id, foreign.id]) {
      await expectRefused(() => submitComment(input({ parentId }), context()), /kann man nicht antworten/);
    }
  });

  it("attaches replies beyond the configured depth to the deepest level", async () => {
    await settings({ commentDepth: 2, holdFirstComments: false });
    const top = await submitComment(input(), context());
    const reply = await submitComment(input({ parentId: top.id }), context());
    const deeper = await submitComment(input({ parentId: reply.id }), context());
    const row = await db.comment.findUniqueOrThrow({ where: { id: deeper.id } });
    expect(row).toMatchObject({ parentId: top.id, depth: 1 });
  });

  it("limits comments per client and per email address", async () => {
    await settings({ commentsPerHourPerClient: 2, commentsPerHourPerEmail: 100 });
    await submitComment(input({ email: "a@example.org" }), context());
    await submitComment(input({ email: "b@example.org" }), context());
    await expectRefused(
      () => submitComment(input({ email: "c@example.org" }), context()),
      /sehr viele Kommentare/,
    );
    await submitComment(input({ email: "c@example.org" }), context({ clientAddress: "198.51.100.1" }));
    await settings({ commentsPerHourPerClient: 100, commentsPerHourPerEmail: 1 });
    await submitComment(input({ email: "d@example.org" }), context());
    await expectRefused(
      () => submitComment(input({ email: "d@example.org" }), context({ clientAddress: "198.51.100.2" })),
      /sehr viele Kommentare/,
    );
  });

  it("asks the question when the site wants it, and refuses a wrong answer", async () => {
    await settings({ commentChallenge: true });
    await expectRefused(() => submitComment(input(), context()), /lade die Seite neu/);
    const formToken = issueFormToken(postId, secret, { now: started, challengeAnswer: "9" });
    await expectRefused(
      () => submitComment(input({ formToken, challengeAnswer: "8" }), context()),
      /Antwort .* stimmt nicht/,
    );
    await expect(
      submitComment(input({ formToken, challengeAnswer: "neun" }), context()),
    ).resolves.toMatchObject({
      status: "PENDING",
    });
  });

  it("sends spam words to spam and too many links to moderation, storing them", async () => {
    await settings({ spamWords: "casino", holdFirstComments: false });
    expect((await submitComment(input({ body: "Bestes Casino hier" }), context())).status).toBe("SPAM");
    const links = "https://a.example https://b.example https://c.example";
    expect((await submitComment(input({ body: links }), context())).status).toBe("PENDING");
    expect((await db.comment.findFirstOrThrow({ where: { body: links } })).heldFor).toBe("3 Links");
  });

  it("lets the post's author answer as themselves, approved at once and marked", async () => {
    const user = {
      id: authorId,
      role: "AUTHOR" as const,
      name: "Autorin",
      email: "autorin@test.example",
      slug: "autorin",
    };
    const comment = await submitComment(
      input({ name: "Irgendwer", email: "x@example.org" }),
      context({ user }),
    );
    expect(comment.status).toBe("APPROVED");
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      userId: authorId,
      authorName: "Autorin",
      authorEmail: "autorin@test.example",
    });
  });

  it("tells the post's author about a new comment, once", async () => {
    const comment = await submitComment(input(), context());
    const { queueCommentNotifications } = await import("./comment-notifications");
    await queueCommentNotifications(comment.id);
    const mails = await db.outboxMail.findMany({ where: { kind: "comment-new" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toAddress: "autorin@test.example" });
    expect(mails[0]?.subject).toContain("Beitrag");
  });
});
