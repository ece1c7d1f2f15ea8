// Every author-area write, tried by each role: refusals must change nothing in the database.
// Runs on SQLite by default and on PostgreSQL with TEST_DATABASE_URL=postgresql://… (npm test does both).
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/permissions";
import type { PostContentInput } from "../validations/post";

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("matrix");

const { db } = await import("../db");
const posts = await import("./admin-posts");
const media = await import("./media");
const seriesAdmin = await import("./admin-series");
const anonymisation = await import("./anonymisation");
const accounts = await import("./admin-users");
const moderation = await import("./comment-moderation");
const subscriptionsAdmin = await import("./admin-subscriptions");
const personalData = await import("./personal-data");
const settings = await import("./settings");
const { defaultSiteSettings } = await import("../validations/settings");
const { NotAuthorisedError } = await import("./errors");

const users: Record<"admin" | "editor" | "author" | "owner", Actor> = {
  admin: { id: "", role: "ADMIN" },
  editor: { id: "", role: "EDITOR" },
  author: { id: "", role: "AUTHOR" },
  owner: { id: "", role: "AUTHOR" },
};

const content = (title: string): PostContentInput => ({
  title,
  slug: "",
  excerpt: "",
  body: `Text von ${title}`,
  kind: "ARTICLE",
  newCategory: "Neue Kategorie",
  tags: ["Neues Schlagwort"],
  newSeries: "Neue Serie",
  coverCaption: "",
  commentsOpen: true,
  seoTitle: "",
  seoDescription: "",
});

let postId = 0;
let anecdoteId = 0;
let publishedAnecdoteId = 0;
let castMemberIds: number[] = [];
let revisionId = 0;
let mediaId = 0;
let seriesId = 0;
let commentId = 0;
let subscriberId = 0;
let failedMailId = 0;

beforeAll(async () => {
  for (const [key, actor] of Object.entries(users)) {
    const user = await db.user.create({
      data: { email: `${key}@test.example`, name: key, slug: key, role: actor.role },
    });
    actor.id = user.id;
  }
});

beforeEach(async () => {
  await db.user.deleteMany({
    where: { email: { notIn: Object.keys(users).map((key) => `${key}@test.example`) } },
  });
  for (const actor of Object.values(users)) {
    await db.user.update({ where: { id: actor.id }, data: { role: actor.role, disabledAt: null } });
  }
  await db.post.deleteMany();
  await db.media.deleteMany();
  await db.setting.deleteMany();
  mediaId = (
    await db.media.create({
      data: {
        storageKey: "abcdefgh-480.webp",
        mimeType: "image/webp",
        width: 480,
        height: 240,
        byteSize: 1,
        uploadedById: users.owner.id,
      },
    })
  ).id;
  await db.series.deleteMany();
  seriesId = (await db.series.create({ data: { slug: "serie", title: "Serie" } })).id;
  const post = await db.post.create({
    data: {
      slug: "fremder-beitrag",
      title: "Fremder Beitrag",
      body: "Original",
      authorId: users.owner.id,
      seriesId,
    },
  });
  await db.post.create({
    data: {
      slug: "zweite-folge",
      title: "Zweite Folge",
      authorId: users.owner.id,
      seriesId,
      seriesPosition: 1,
    },
  });
  postId = post.id;
  // An anecdote the guard flags: publishing it needs an override
  anecdoteId = (
    await db.post.create({
      data: {
        slug: "anekdote",
        title: "Anekdote",
        kind: "ANECDOTE",
        body: "Am Montag rief Herr Albrecht Brenninger an.",
        authorId: users.owner.id,
      },
    })
  ).id;
  // A published anecdote: saving a real name into it needs an override
  publishedAnecdoteId = (
    await db.post.create({
      data: {
        slug: "veroeffentlichte-anekdote",
        title: "Veröffentlichte Anekdote",
        kind: "ANECDOTE",
        status: "PUBLISHED",
        publishedAt: new Date("2026-11-01T08:00:00Z"),
        body: "Ich: Alles gut.",
        authorId: users.owner.id,
      },
    })
  ).id;
  castMemberIds = [];
  for (const [position, placeholder] of ["$Chef", "$Azubi"].entries()) {
    castMemberIds.push(
      (
        await db.castMember.create({
          data: { seriesId, placeholder, displayName: placeholder.slice(1), position },
        })
      ).id,
    );
  }
  commentId = (
    await db.comment.create({
      data: {
        postId,
        authorName: "Leserin",
        authorEmail: "leserin@example.org",
        body: "Wartet",
        status: "PENDING",
      },
    })
  ).id;
  revisionId = (
    await db.revision.create({ data: { postId, title: "Alt", excerpt: "", body: "Alte Fassung" } })
  ).id;
  await db.subscriber.deleteMany();
  await db.outboxMail.deleteMany();
  subscriberId = (
    await db.subscriber.create({
      data: {
        email: "leserin@example.org",
        status: "CONFIRMED",
        subscriptions: { create: [{ seriesId }] },
        consents: { create: [{ action: "confirmed", scope: `series:${seriesId}`, ipHash: "x" }] },
      },
    })
  ).id;
  failedMailId = (
    await db.outboxMail.create({
      data: {
        dedupeKey: "failed",
        kind: "new-post",
        toAddress: "leserin@example.org",
        subject: "Neue Folge",
        textBody: "Text",
        htmlBody: "",
        status: "FAILED",
        subscriberId,
      },
    })
  ).id;
});

afterAll(async () => {
  await db.$disconnect();
});

/** Everything the author area can change, as one comparable value */
async function snapshot(): Promise<string> {
  const [
    allPosts,
    revisions,
    redirects,
    tags,
    categories,
    series,
    postTags,
    images,
    people,
    siteSettings,
    comments,
    subscribers,
    outbox,
    cast,
    releases,
    reviews,
  ] = await Promise.all([
    db.post.findMany({ orderBy: { id: "asc" } }),
    db.revision.findMany({ orderBy: { id: "asc" } }),
    db.redirect.findMany({ orderBy: { id: "asc" } }),
    db.tag.findMany({ orderBy: { id: "asc" } }),
    db.category.findMany({ orderBy: { id: "asc" } }),
    db.series.findMany({ orderBy: { id: "asc" } }),
    db.postTag.findMany({ orderBy: [{ postId: "asc" }, { tagId: "asc" }] }),
    db.media.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { email: "asc" }, include: { sessions: true } }),
    db.setting.findMany({ orderBy: { key: "asc" } }),
    db.comment.findMany({ orderBy: { id: "asc" } }),
    db.subscriber.findMany({ orderBy: { id: "asc" }, include: { subscriptions: true, consents: true } }),
    db.outboxMail.findMany({ orderBy: { id: "asc" } }),
    db.castMember.findMany({ orderBy: { id: "asc" } }),
    db.anecdoteRelease.findMany({ orderBy: { postId: "asc" } }),
    db.anonymisationReview.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({
    allPosts,
    revisions,
    redirects,
    tags,
    categories,
    series,
    postTags,
    images,
    people,
    siteSettings,
    comments,
    subscribers,
    outbox,
    cast,
    releases,
    reviews,
  });
}

/** Each server action in lib/actions/ and the data-layer call it makes (on the owner's post or image) */
const operations: Record<string, (actor: Actor | null) => Promise<unknown>> = {
  "create-post": (actor) => posts.savePost(actor, undefined, 0, content("Neu")),
  "save-post": (actor) => posts.savePost(actor, postId, 1, { ...content("Geändert"), slug: "neue-adresse" }),
  "save-post (override)": async (actor) =>
    posts.savePost(
      actor,
      publishedAnecdoteId,
      (await db.post.findUniqueOrThrow({ where: { id: publishedAnecdoteId } })).version,
      {
        ...content("Veröffentlichte Anekdote"),
        kind: "ANECDOTE",
        body: "Am Montag rief Herr Albrecht Brenninger an.",
        // Authors may create terms; only the override is the editors' business here
        newCategory: "",
        newSeries: "",
        tags: [],
      },
      { overrideReason: "Der Name ist erfunden." },
    ),
  "change-post-status (publish)": (actor) => posts.changePostStatus(actor, postId, { intent: "publish" }),
  "change-post-status (schedule)": (actor) =>
    posts.changePostStatus(actor, postId, { intent: "schedule", at: new Date(Date.now() + 86_400_000) }),
  "change-post-status (override)": (actor) =>
    posts.changePostStatus(actor, anecdoteId, {
      intent: "publish",
      overrideReason: "Der Name ist erfunden.",
    }),
  "change-post-status (unpublish)": (actor) => posts.changePostStatus(actor, postId, { intent: "unpublish" }),
  "delete-post": (actor) => posts.deletePost(actor, postId),
  "restore-revision": (actor) => posts.restoreRevision(actor, postId, revisionId),
  "update-media": (actor) =>
    media.updateMediaDetails(actor, mediaId, { alt: "Neu", caption: "Neu", credit: "Neu", source: "Neu" }),
  "update-series": (actor) =>
    seriesAdmin.updateSeriesDetails(actor, seriesId, { title: "Neu", description: "Neu" }),
  "reorder-episodes": async (actor) => {
    const episodes = await db.post.findMany({
      where: { seriesId },
      orderBy: { id: "desc" },
      select: { id: true },
    });
    return seriesAdmin.reorderEpisodes(
      actor,
      seriesId,
      episodes.map((episode) => episode.id),
    );
  },
  "add-cast-member": (actor) =>
    seriesAdmin.addCastMember(actor, seriesId, {
      placeholder: "$Neu",
      displayName: "die Neue",
      description: "",
    }),
  "update-cast-member": (actor) =>
    seriesAdmin.updateCastMember(actor, seriesId, castMemberIds[0] ?? 0, {
      displayName: "der Inhaber",
      description: "Neu",
    }),
  "remove-cast-member": (actor) => seriesAdmin.removeCastMember(actor, seriesId, castMemberIds[0] ?? 0),
  "reorder-cast": (actor) => seriesAdmin.reorderCast(actor, seriesId, [...castMemberIds].reverse()),
  "mark-finding-safe": (actor) =>
    anonymisation.markFindingSafe(actor, anecdoteId, {
      kind: "person",
      text: "Albrecht Brenninger",
      reason: "Erfunden",
    }),
  "save-anecdote-release": (actor) =>
    anonymisation.saveAnecdoteRelease(actor, anecdoteId, {
      customerAgreed: true,
      agreedAt: new Date("2026-11-20T12:00:00Z"),
      note: "Per Mail",
    }),
  "moderate-comments": (actor) => moderation.moderateComments(actor, [commentId], "approve"),
  "edit-comment": (actor) =>
    moderation.editComment(actor, commentId, { authorName: "Leserin", authorUrl: null, body: "Geändert" }),
  "reply-to-comment": (actor) => moderation.replyToComment(actor, commentId, "Danke!"),
  "create-user": (actor) =>
    accounts.createUserAccount(actor, { name: "Neu", email: "neu@test.example", role: "AUTHOR" }),
  "change-user (role)": (actor) => accounts.changeUserRole(actor, users.owner.id, "EDITOR"),
  "change-user (disable)": (actor) => accounts.setUserDisabled(actor, users.owner.id, true),
  "change-user (reset-password)": (actor) => accounts.resetUserPassword(actor, users.owner.id),
  "update-settings": (actor) =>
    settings.updateSiteSettings(actor, { ...defaultSiteSettings, requireReview: true }),
  "remove-subscriber": (actor) => subscriptionsAdmin.removeSubscriber(actor, subscriberId),
  "retry-mail": (actor) => subscriptionsAdmin.retryMail(actor, failedMailId),
  "erase-personal-data": (actor) => personalData.erasePersonalData(actor, "leserin@example.org"),
};

/** Series are the editors' business: authors may not change them even when they wrote every episode */
const staffOnly = new Set([
  "update-series",
  "reorder-episodes",
  "remove-subscriber",
  "retry-mail",
  "add-cast-member",
  "update-cast-member",
  "remove-cast-member",
  "reorder-cast",
  // Only editors and administrators may publish an anecdote past the anonymisation guard
  "change-post-status (override)",
  "save-post (override)",
]);
/** Accounts and settings are the administrators' alone */
const adminOnly = new Set([
  "create-user",
  "change-user (role)",
  "change-user (disable)",
  "change-user (reset-password)",
  "update-settings",
  "erase-personal-data",
]);

/** Reads of the author area are refused the same way */
const reads: Record<string, (actor: Actor | null) => Promise<unknown>> = {
  "edit page": (actor) => posts.getPostForEditing(actor, postId),
  revisions: (actor) => posts.listRevisions(actor, postId),
  dashboard: (actor) => posts.listDashboardPosts(actor, {}),
  "anonymisation check": (actor) =>
    anonymisation.checkPostTexts(actor, anecdoteId, {
      title: "",
      excerpt: "",
      body: "Herr Albrecht Brenninger",
      caption: "",
      alt: "",
      seoTitle: "",
      seoDescription: "",
    }),
  "anecdote release": (actor) => anonymisation.getAnecdoteRelease(actor, anecdoteId),
};

describe(`permission matrix on ${config.provider}`, () => {
  it("covers every server action that changes content", () => {
    // Helpers, and actions that only touch the signed-in user's own session or account
    // (change-password has its own test below)
    const notOnContent = [
      "action-state",
      "refresh-post-caches",
      "refresh-comment-caches",
      "sign-in",
      "sign-out",
      "preview-markdown",
      // Reads only (the guard over the editor's texts); refused like the other reads below
      "check-anonymisation",
      "change-password",
      "request-sign-in-link",
      "sign-in-with-github",
      // Public: anyone may comment; lib/data/comment-submission.test.ts covers its refusals
      "submit-comment",
      // Public, or proven by a signed link; lib/data/subscriptions.test.ts covers their refusals
      "subscribe",
      "confirm-subscription",
      "manage-subscriptions",
      "unsubscribe",
    ];
    const files = readdirSync(path.join(import.meta.dirname, "..", "actions"))
      .map((file) => file.replace(/\.ts$/, ""))
      .filter((name) => !notOnContent.includes(name));
    const covered = new Set(Object.keys(operations).map((name) => name.split(" ")[0]));
    expect(files.filter((file) => !covered.has(file))).toEqual([]);
  });

  for (const [name, operation] of Object.entries(operations)) {
    it(`${name}: refused for anonymous visitors, changing nothing`, async () => {
      const before = await snapshot();
      await expect(operation(null)).rejects.toBeInstanceOf(NotAuthorisedError);
      expect(await snapshot()).toBe(before);
    });

    if (name !== "create-post") {
      it(`${name}: refused for an author on someone else's post, changing nothing`, async () => {
        const before = await snapshot();
        await expect(operation(users.author)).rejects.toBeInstanceOf(NotAuthorisedError);
        expect(await snapshot()).toBe(before);
      });
    }

    if (adminOnly.has(name)) {
      it(`${name}: refused for an editor, changing nothing`, async () => {
        const before = await snapshot();
        await expect(operation(users.editor)).rejects.toBeInstanceOf(NotAuthorisedError);
        expect(await snapshot()).toBe(before);
      });
    }

    for (const role of adminOnly.has(name) ? (["admin"] as const) : (["editor", "admin"] as const)) {
      it(`${name}: allowed for the ${role}`, async () => {
        const before = await snapshot();
        await operation(users[role]);
        expect(await snapshot()).not.toBe(before);
      });
    }

    if (staffOnly.has(name) || adminOnly.has(name)) {
      it(`${name}: refused for an author, even one who wrote every post, changing nothing`, async () => {
        const before = await snapshot();
        await expect(operation(users.owner)).rejects.toBeInstanceOf(NotAuthorisedError);
        expect(await snapshot()).toBe(before);
      });
    } else {
      it(`${name}: allowed for the post's own author`, async () => {
        const before = await snapshot();
        await operation(users.owner);
        expect(await snapshot()).not.toBe(before);
      });
    }
  }

  for (const [name, read] of Object.entries(reads)) {
    it(`${name}: refused for anonymous visitors`, async () => {
      await expect(read(null)).rejects.toBeInstanceOf(NotAuthorisedError);
    });
  }

  it("an author does not see others' posts on the dashboard, an editor does", async () => {
    expect((await posts.listDashboardPosts(users.author, {})).posts).toHaveLength(0);
    expect((await posts.listDashboardPosts(users.editor, {})).posts.map((p) => p.id)).toContain(postId);
  });

  it("when the site requires review, authors cannot publish their own posts; editors can", async () => {
    await db.setting.create({ data: { key: "requireReview", value: "true" } });
    const before = await snapshot();
    await expect(posts.changePostStatus(users.owner, postId, { intent: "publish" })).rejects.toBeInstanceOf(
      NotAuthorisedError,
    );
    expect(await snapshot()).toBe(before);
    await expect(posts.changePostStatus(users.editor, postId, { intent: "publish" })).resolves.toMatchObject({
      isPublic: true,
    });
  });

  it("changing a password needs the current one, and ends every session of the user", async () => {
    const { changePassword } = await import("./account");
    const { hashPassword } = await import("../auth/password");
    await db.user.update({
      where: { id: users.owner.id },
      data: { passwordHash: await hashPassword("altes-passwort-123") },
    });
    await db.session.create({
      data: { sessionToken: "a", userId: users.owner.id, expires: new Date(Date.now() + 60_000) },
    });
    await expect(changePassword(users.owner, "falsch", "neues-passwort-123")).rejects.toThrow(/stimmt nicht/);
    expect(await db.session.count({ where: { userId: users.owner.id } })).toBe(1);
    await expect(changePassword(null, "altes-passwort-123", "neues-passwort-123")).rejects.toBeInstanceOf(
      NotAuthorisedError,
    );
    await changePassword(users.owner, "altes-passwort-123", "neues-passwort-123");
    expect(await db.session.count({ where: { userId: users.owner.id } })).toBe(0);
  });

  it("a save from a stale version is a conflict and changes nothing", async () => {
    const { ConflictError } = await import("./errors");
    await posts.savePost(users.owner, postId, 1, content("Erste"));
    const before = await snapshot();
    await expect(posts.savePost(users.owner, postId, 1, content("Veraltet"))).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await snapshot()).toBe(before);
  });

  it("a new series may not take the series index's own address", async () => {
    const { InvalidInputError } = await import("./errors");
    const before = await snapshot();
    await expect(
      posts.savePost(users.owner, undefined, 0, { ...content("Serie"), newSeries: "Page" }),
    ).rejects.toThrow(InvalidInputError);
    expect(await snapshot()).toBe(before);
  });

  it("a changed slug leaves a redirect from the old address", async () => {
    await posts.savePost(users.owner, postId, 1, { ...content("Umbenannt"), slug: "neue-adresse" });
    expect(await db.redirect.findMany({ select: { fromPath: true, toPath: true } })).toEqual([
      { fromPath: "/posts/fremder-beitrag", toPath: "/posts/neue-adresse" },
    ]);
  });

  it("the site always keeps an active administrator, and nobody locks themselves out", async () => {
    const { InvalidInputError } = await import("./errors");
    await expect(accounts.setUserDisabled(users.admin, users.admin.id, true)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    const other = await accounts.createUserAccount(users.admin, {
      name: "Zweite Admin",
      email: "zweite@test.example",
      role: "ADMIN",
    });
    const second: Actor = { id: other.id, role: "ADMIN" };
    await accounts.changeUserRole(second, users.admin.id, "EDITOR");
    await expect(accounts.changeUserRole(second, second.id, "AUTHOR")).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await db.user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });

  it("a new account gets a one-time password; an address cannot have two accounts", async () => {
    const { verifyPassword } = await import("../auth/password");
    const { password } = await accounts.createUserAccount(users.admin, {
      name: "Neue Autorin",
      email: "neue@test.example",
      role: "AUTHOR",
    });
    const stored = await db.user.findUniqueOrThrow({ where: { email: "neue@test.example" } });
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);
    await expect(
      accounts.createUserAccount(users.admin, {
        name: "Doppelt",
        email: "neue@test.example",
        role: "AUTHOR",
      }),
    ).rejects.toMatchObject({ fieldErrors: { email: [expect.stringMatching(/schon ein Konto/)] } });
  });

  it("locking an account or resetting its password ends its sessions", async () => {
    const session = () =>
      db.session.create({
        data: {
          sessionToken: crypto.randomUUID(),
          userId: users.owner.id,
          expires: new Date(Date.now() + 60_000),
        },
      });
    await session();
    await accounts.setUserDisabled(users.admin, users.owner.id, true);
    expect(await db.session.count({ where: { userId: users.owner.id } })).toBe(0);
    await accounts.setUserDisabled(users.admin, users.owner.id, false);
    await session();
    await accounts.resetUserPassword(users.admin, users.owner.id);
    expect(await db.session.count({ where: { userId: users.owner.id } })).toBe(0);
  });

  it("settings read back as saved, and a broken stored value reads as its default", async () => {
    await settings.updateSiteSettings(users.admin, {
      ...defaultSiteSettings,
      commentDepth: 2,
      spamWords: "casino",
    });
    expect(await settings.getSiteSettings()).toMatchObject({ commentDepth: 2, spamWords: "casino" });
    await db.setting.update({ where: { key: "commentDepth" }, data: { value: "{kaputt" } });
    expect(await settings.getSiteSettings()).toMatchObject({ commentDepth: 4, spamWords: "casino" });
  });
});
