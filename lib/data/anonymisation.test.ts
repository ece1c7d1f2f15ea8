// The anonymisation gate and its reviews, the cast of a series and the customer's release, on SQLite and
// (with TEST_DATABASE_URL) PostgreSQL.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../auth/permissions";

const { prepareTestDatabase } = await import("../testing/test-database");
const config = await prepareTestDatabase("anonymisation");

const { db } = await import("../db");
const posts = await import("./admin-posts");
const seriesAdmin = await import("./admin-series");
const anonymisation = await import("./anonymisation");
const { InvalidInputError, NotAuthorisedError } = await import("./errors");

const author: Actor = { id: "", role: "AUTHOR" };
const editor: Actor = { id: "", role: "EDITOR" };
let seriesId = 0;

const flaggedBody = [
  "Am Montag rief Herr Albrecht Brenninger an, von der Brenninger Haustechnik GmbH.",
  "",
  "Ich: Guten Tag.",
  "",
  "$Chef: <seufzt> Rückruf unter 0171 2345678.",
].join("\n");

async function anecdote(body = flaggedBody, kind: "ANECDOTE" | "ARTICLE" = "ANECDOTE") {
  return (
    await db.post.create({
      data: {
        slug: `p-${crypto.randomUUID()}`,
        title: "Der Rückruf",
        body,
        kind,
        authorId: author.id,
        seriesId,
      },
    })
  ).id;
}

/** Saves the editor's form of a post with a new body, as the editor would */
async function save(actor: Actor, id: number, body: string, overrideReason?: string) {
  const post = await posts.getPostForEditing(actor, id);
  return posts.savePost(
    actor,
    id,
    post.version,
    {
      title: post.title,
      slug: post.slug,
      excerpt: post.excerpt,
      body,
      kind: "ANECDOTE",
      seriesId,
      tags: [],
      newCategory: "",
      newSeries: "",
      coverCaption: "",
      commentsOpen: true,
      seoTitle: "",
      seoDescription: "",
    },
    { overrideReason },
  );
}

const status = async (id: number) => (await db.post.findUniqueOrThrow({ where: { id } })).status;

beforeAll(async () => {
  for (const [key, actor] of Object.entries({ author, editor })) {
    actor.id = (
      await db.user.create({
        data: { email: `${key}@anon.example`, name: key, slug: `${key}-anon`, role: actor.role },
      })
    ).id;
  }
});

beforeEach(async () => {
  await db.post.deleteMany();
  await db.series.deleteMany();
  seriesId = (await db.series.create({ data: { slug: "serie", title: "Serie" } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe(`publish gate on ${config.provider}`, () => {
  it("refuses to publish or schedule an anecdote with findings, naming them, and changes nothing", async () => {
    const id = await anecdote();
    const refusal = posts.changePostStatus(author, id, { intent: "publish" });
    await expect(refusal).rejects.toBeInstanceOf(anonymisation.AnonymisationBlockedError);
    await expect(refusal).rejects.toThrow(
      /Albrecht Brenninger \(Person\).*Brenninger Haustechnik GmbH \(Firma\).*0171 2345678 \(Telefonnummer\)/,
    );
    await expect(
      posts.changePostStatus(editor, id, { intent: "schedule", at: new Date(Date.now() + 86_400_000) }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await status(id)).toBe("DRAFT");
    expect(await db.outboxMail.count()).toBe(0);
  });

  it("does not gate articles", async () => {
    const id = await anecdote(flaggedBody, "ARTICLE");
    await posts.changePostStatus(author, id, { intent: "publish" });
    expect(await status(id)).toBe("PUBLISHED");
  });

  it("publishes once every finding is replaced or marked safe, and a safe text is not flagged again", async () => {
    const id = await anecdote();
    await anonymisation.markFindingSafe(author, id, {
      kind: "company",
      text: "Brenninger Haustechnik GmbH",
      reason: "Gibt es nicht, frei erfunden",
    });
    await anonymisation.markFindingSafe(author, id, {
      kind: "phone",
      text: "0171 2345678",
      reason: "Nummer aus dem Testbereich",
    });
    const { findings, reviews } = await anonymisation.getAnonymisationStatus(author, id);
    expect(findings.map((finding) => finding.text)).toEqual(["Albrecht Brenninger"]);
    expect(reviews).toEqual([
      expect.objectContaining({
        kind: "company",
        reason: "Gibt es nicht, frei erfunden",
        userName: "author",
      }),
      expect.objectContaining({ kind: "phone", text: "0171 2345678" }),
    ]);
    await expect(posts.changePostStatus(author, id, { intent: "publish" })).rejects.toThrow(/Albrecht/);

    const post = await posts.getPostForEditing(author, id);
    await save(author, id, post.body.replace("Albrecht Brenninger", "$Kunde"));
    await posts.changePostStatus(author, id, { intent: "publish" });
    expect(await status(id)).toBe("PUBLISHED");
  });

  it("lets an editor override with a reason, recorded per finding; an author cannot", async () => {
    const id = await anecdote();
    await expect(
      posts.changePostStatus(author, id, { intent: "publish", overrideReason: "Ich will aber" }),
    ).rejects.toBeInstanceOf(NotAuthorisedError);
    expect(await db.anonymisationReview.count()).toBe(0);
    await posts.changePostStatus(editor, id, { intent: "publish", overrideReason: "Kunde hat zugestimmt" });
    expect(await status(id)).toBe("PUBLISHED");
    const overrides = await db.anonymisationReview.findMany({
      where: { postId: id },
      orderBy: { id: "asc" },
    });
    expect(overrides.map((row) => [row.kind, row.text, row.reason, row.userId])).toEqual([
      ["override", "Albrecht Brenninger", "Kunde hat zugestimmt", editor.id],
      ["override", "Brenninger Haustechnik GmbH", "Kunde hat zugestimmt", editor.id],
      ["override", "0171 2345678", "Kunde hat zugestimmt", editor.id],
    ]);
  });

  it("holds back a scheduled anecdote whose text gained findings after it was scheduled", async () => {
    const clean = await anecdote("$Chef: <seufzt> Nicht schon wieder.");
    const edited = await anecdote("$Chef: Alles gut.");
    const at = new Date(Date.now() + 60_000);
    await posts.changePostStatus(author, clean, { intent: "schedule", at });
    await posts.changePostStatus(author, edited, { intent: "schedule", at });
    await db.post.update({ where: { id: edited }, data: { body: flaggedBody } });

    const later = new Date(Date.now() + 120_000);
    expect(await posts.nextScheduledAt(later)).toEqual(at);
    const published = await posts.publishDuePosts(later);
    expect(published.map((change) => change.id)).toEqual([clean]);
    expect(await status(clean)).toBe("PUBLISHED");
    expect(await status(edited)).toBe("SCHEDULED");
    // Nothing else is due: the held-back post does not keep the scheduler busy
    expect(await posts.nextScheduledAt(later)).toBeNull();
    const dashboard = await posts.listDashboardPosts(author, {});
    expect(dashboard.posts.find((post) => post.id === edited)?.heldBack).toBe(true);
    expect(dashboard.posts.find((post) => post.id === clean)?.heldBack).toBe(false);
  });

  it("marks each scheduled anecdote on the dashboard by its own findings and its own reviews", async () => {
    const [reviewed, partly, untouched, article] = [
      await anecdote("$Chef: Alles gut."),
      await anecdote("$Chef: Alles gut."),
      await anecdote("$Chef: Alles gut."),
      await anecdote("Ein Artikel.", "ARTICLE"),
    ];
    const at = new Date(Date.now() + 60_000);
    for (const id of [reviewed, partly, untouched, article])
      await posts.changePostStatus(author, id, { intent: "schedule", at });
    await db.post.updateMany({
      where: { id: { in: [reviewed, partly, untouched, article] } },
      data: { body: flaggedBody },
    });
    const safe = (id: number, kind: "person" | "company" | "phone", text: string) =>
      anonymisation.markFindingSafe(author, id, { kind, text, reason: "Frei erfunden" });
    await safe(reviewed, "person", "Albrecht Brenninger");
    await safe(reviewed, "company", "Brenninger Haustechnik GmbH");
    await safe(reviewed, "phone", "0171 2345678");
    await safe(partly, "phone", "0171 2345678");

    const dashboard = await posts.listDashboardPosts(author, { status: "SCHEDULED" });
    const heldBack = (id: number) => dashboard.posts.find((post) => post.id === id)?.heldBack;
    expect([reviewed, partly, untouched, article].map(heldBack)).toEqual([false, true, true, false]);
  });

  it("checks the editor's unsaved texts, caption included, minus the reviewed ones", async () => {
    const id = await anecdote("Nichts.");
    await anonymisation.markFindingSafe(author, id, {
      kind: "phone",
      text: "0171 2345678",
      reason: "Testnummer",
    });
    const { findings } = await anonymisation.checkPostTexts(author, id, {
      title: "Titel",
      excerpt: "",
      body: "Rückruf unter 0171 2345678.",
      caption: "Frau Sabine Kellermann am Tresen",
      alt: "",
      seoTitle: "",
      seoDescription: "",
    });
    expect(findings.map((finding) => [finding.text, finding.fields])).toEqual([
      ["Sabine Kellermann", ["caption"]],
    ]);
    const other: Actor = { id: editor.id, role: "AUTHOR" };
    await expect(
      anonymisation.checkPostTexts(other, id, {
        title: "",
        excerpt: "",
        body: "",
        caption: "",
        alt: "",
        seoTitle: "",
        seoDescription: "",
      }),
    ).rejects.toBeInstanceOf(NotAuthorisedError);
  });
});

describe(`saving a published or scheduled anecdote on ${config.provider}`, () => {
  const cleanBody = "Ich: Der Drucker druckt wieder.\n\n$Chef: <seufzt> Endlich.";
  const namedBody = `${cleanBody}\n\nDann kam Frau Dr. Hannelore Quast vorbei.`;

  async function goneOut(intent: "publish" | "schedule") {
    const id = await anecdote(cleanBody);
    await posts.changePostStatus(
      author,
      id,
      intent === "publish" ? { intent } : { intent, at: new Date(Date.now() + 86_400_000) },
    );
    return id;
  }

  const stored = async (id: number) => ({
    post: await db.post.findUniqueOrThrow({ where: { id } }),
    revisions: await db.revision.count({ where: { postId: id } }),
    reviews: await db.anonymisationReview.count({ where: { postId: id } }),
  });

  for (const intent of ["publish", "schedule"] as const) {
    it(`refuses a new real name once the anecdote is ${intent === "publish" ? "published" : "scheduled"}, naming it, and changes nothing`, async () => {
      const id = await goneOut(intent);
      const before = await stored(id);
      const refusal = save(author, id, namedBody);
      await expect(refusal).rejects.toBeInstanceOf(anonymisation.AnonymisationBlockedError);
      await expect(refusal).rejects.toThrow(/^Nicht gespeichert.*Hannelore Quast \(Person\)/);
      expect(await stored(id)).toEqual(before);
      // A text without findings is saved as before
      await save(author, id, `${cleanBody}\n\nDann kam $Chef vorbei.`);
      expect((await stored(id)).post.body).toMatch(/kam \$Chef vorbei/);
    });
  }

  it("saves a draft with findings: the gate waits for publishing", async () => {
    const id = await anecdote(cleanBody);
    await save(author, id, namedBody);
    expect((await stored(id)).post.body).toBe(namedBody);
  });

  it("lets an editor save past the guard with a recorded reason; an author cannot", async () => {
    const id = await goneOut("publish");
    const before = await stored(id);
    await expect(save(author, id, namedBody, "Ist erfunden")).rejects.toBeInstanceOf(NotAuthorisedError);
    expect(await stored(id)).toEqual(before);
    await save(editor, id, namedBody, "Name ist frei erfunden");
    expect((await stored(id)).post.body).toBe(namedBody);
    const overrides = await db.anonymisationReview.findMany({ where: { postId: id } });
    expect(overrides.map((row) => [row.kind, row.text, row.reason, row.userId])).toEqual([
      ["override", "Hannelore Quast", "Name ist frei erfunden", editor.id],
    ]);
  });

  it("refuses to restore an older text with a real name on a published anecdote", async () => {
    const id = await goneOut("publish");
    const revision = await db.revision.create({
      data: { postId: id, title: "Alt", excerpt: "", body: namedBody },
    });
    const before = await stored(id);
    await expect(posts.restoreRevision(author, id, revision.id)).rejects.toThrow(
      /^Nicht wiederhergestellt.*Hannelore Quast \(Person\)/,
    );
    expect(await stored(id)).toEqual(before);
  });

  it("reads the cover image's alt text from the library", async () => {
    const id = await anecdote(cleanBody);
    const image = await db.media.create({
      data: {
        storageKey: `/demo/${crypto.randomUUID()}.webp`,
        mimeType: "image/webp",
        width: 10,
        height: 10,
        byteSize: 1,
        variants: "[]",
        alt: "Frau Sabine Kellermann am Tresen",
      },
    });
    await db.post.update({ where: { id }, data: { coverImageId: image.id } });
    const { findings } = await anonymisation.getAnonymisationStatus(author, id);
    expect(findings.map((finding) => [finding.text, finding.fields])).toEqual([
      ["Sabine Kellermann", ["alt"]],
    ]);
    await expect(posts.changePostStatus(author, id, { intent: "publish" })).rejects.toThrow(
      /Sabine Kellermann \(Person\)/,
    );
    expect(await status(id)).toBe("DRAFT");
  });
});

describe(`cast and release on ${config.provider}`, () => {
  it("adds members at the end, refuses a placeholder twice, edits, reorders and removes", async () => {
    const chef = await seriesAdmin.addCastMember(editor, seriesId, {
      placeholder: "$Chef",
      displayName: "der Chef",
      description: "",
    });
    const azubi = await seriesAdmin.addCastMember(editor, seriesId, {
      placeholder: "$Azubi",
      displayName: "der Azubi",
      description: "",
    });
    await expect(
      seriesAdmin.addCastMember(editor, seriesId, {
        placeholder: "$Chef",
        displayName: "x",
        description: "",
      }),
    ).rejects.toMatchObject({ fieldErrors: { placeholder: ["$Chef gibt es in dieser Serie schon."] } });
    await seriesAdmin.updateCastMember(editor, seriesId, chef.id, {
      displayName: "die Chefin",
      description: "führt den Laden",
    });
    await seriesAdmin.reorderCast(editor, seriesId, [azubi.id, chef.id]);
    const order = async () =>
      (await seriesAdmin.getSeriesForAdmin(editor, seriesId)).cast.map((m) => [m.placeholder, m.displayName]);
    expect(await order()).toEqual([
      ["$Azubi", "der Azubi"],
      ["$Chef", "die Chefin"],
    ]);
    await expect(seriesAdmin.reorderCast(editor, seriesId, [chef.id])).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await seriesAdmin.removeCastMember(editor, seriesId, azubi.id);
    expect(await order()).toEqual([["$Chef", "die Chefin"]]);
    await expect(
      seriesAdmin.addCastMember(author, seriesId, { placeholder: "$Neu", displayName: "x", description: "" }),
    ).rejects.toBeInstanceOf(NotAuthorisedError);
  });

  it("keeps the customer's release per anecdote, for whoever may edit it", async () => {
    const id = await anecdote();
    expect(await anonymisation.getAnecdoteRelease(author, id)).toEqual({
      customerAgreed: false,
      agreedAt: null,
      note: "",
    });
    const release = { customerAgreed: true, agreedAt: new Date("2026-11-20T12:00:00Z"), note: "Per Mail" };
    await anonymisation.saveAnecdoteRelease(author, id, release);
    expect(await anonymisation.getAnecdoteRelease(editor, id)).toEqual(release);
  });
});
