// The author area's reads and writes of posts. Every function takes the acting
// user and checks the permission matrix here, whatever page or action calls it.
import "server-only";
import { can, type Actor } from "../auth/permissions";
import { refreshCountsForPost } from "../counters";
import { db } from "../db";
import { archiveMonthOf } from "../format";
import type { Prisma } from "../generated/sqlite/client";
import { markdownToPlainText, readingMinutes } from "../markdown/render";
import { slugify } from "../slug";
import type { PostContentInput } from "../validations/post";
import { enforceAnonymisationGate, postsWithUnresolvedFindings, unresolvedFindingsOf } from "./anonymisation";
import { mediaItemSelect } from "./media";
import { ConflictError, InvalidInputError, NotAuthorisedError, NotFoundError } from "./errors";
import { getSiteRules } from "./settings";
import { withdrawNewPostMails } from "./subscriptions";

export type PostStatus = "DRAFT" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";

/** A place in the dashboard's list (most recently changed first): the post it starts after or before */
export interface DashboardCursor {
  direction: "older" | "newer";
  updatedAt: Date;
  id: number;
}

/** Posts on one page of the dashboard; older and newer pages are reached through cursors */
export const DASHBOARD_PAGE_SIZE = 25;

export interface DashboardFilters {
  cursor?: DashboardCursor;
  status?: PostStatus;
  authorId?: string;
  /** A series' title or slug as typed, matched case-insensitively */
  series?: string;
  /** A tag's name or slug as typed, matched case-insensitively */
  tag?: string;
  query?: string;
}

/** How many suggestions the dashboard's tag and series fields offer */
const FILTER_SUGGESTIONS = 30;

export interface DashboardPost {
  id: number;
  title: string;
  slug: string;
  status: PostStatus;
  kind: "ARTICLE" | "ANECDOTE";
  publishedAt: Date | null;
  updatedAt: Date;
  authorName: string;
  seriesTitle: string | null;
  commentCount: number;
  canEdit: boolean;
  /** Scheduled, but the scheduler holds it back: the anecdote has unresolved guard findings */
  heldBack: boolean;
}

/** What a save changed, so the caller refreshes exactly those cache tags */
export interface PostChange {
  id: number;
  slug: string;
  previousSlug: string | null;
  version: number;
  wasPublic: boolean;
  isPublic: boolean;
  seriesIds: number[];
}

/** The change record of a post whose slug stayed the same */
function changeOf(
  post: { id: number; slug: string; version: number; status: PostStatus; seriesId: number | null },
  statusBefore: PostStatus,
): PostChange {
  return {
    id: post.id,
    slug: post.slug,
    previousSlug: null,
    version: post.version,
    wasPublic: statusBefore === "PUBLISHED",
    isPublic: post.status === "PUBLISHED",
    seriesIds: post.seriesId ? [post.seriesId] : [],
  };
}

function requireActor(actor: Actor | null): Actor {
  if (!can.enterAuthorArea(actor)) throw new NotAuthorisedError("Bitte melde dich an.");
  return actor;
}

function visibleTo(actor: Actor): Prisma.PostWhereInput {
  return can.seeAllPosts(actor) ? {} : { authorId: actor.id };
}

/**
 * A tag or series as typed into the dashboard's filter: by slug, which is the lower-case
 * transliteration of the name, so "Faxgerät", "faxgerät" and "faxgeraet" all find it.
 */
async function resolveFilterTerm(kind: "tag" | "series", text: string): Promise<number | null> {
  const slug = slugify(text);
  if (!slug) return null;
  const row =
    kind === "tag"
      ? await db.tag.findUnique({ where: { slug }, select: { id: true } })
      : await db.series.findUnique({ where: { slug }, select: { id: true } });
  if (row) return row.id;
  // A name whose slug was changed by hand after it was created
  const named =
    kind === "tag"
      ? await db.tag.findFirst({ where: { name: text }, select: { id: true } })
      : await db.series.findFirst({ where: { title: text }, select: { id: true } });
  return named?.id ?? null;
}

/**
 * Posts per status without counting the whole archive: the published ones are the sum of the
 * monthly counters (every published post has its month), the few others come from the status index.
 * An author's own posts are counted through the (authorId, status) index.
 */
async function countPostsByStatus(user: Actor): Promise<Record<PostStatus, number>> {
  const counts: Record<PostStatus, number> = { DRAFT: 0, SCHEDULED: 0, PUBLISHED: 0, UNPUBLISHED: 0 };
  if (!can.seeAllPosts(user)) {
    const groups = await db.post.groupBy({
      by: ["status"],
      where: { authorId: user.id },
      _count: { _all: true },
    });
    for (const group of groups) counts[group.status] = group._count._all;
    return counts;
  }
  const [groups, published] = await Promise.all([
    db.post.groupBy({
      by: ["status"],
      where: { status: { in: ["DRAFT", "SCHEDULED", "UNPUBLISHED"] } },
      _count: { _all: true },
    }),
    db.archiveMonth.aggregate({ _sum: { postCount: true } }),
  ]);
  for (const group of groups) counts[group.status] = group._count._all;
  counts.PUBLISHED = published._sum.postCount ?? 0;
  return counts;
}

export async function listDashboardPosts(actor: Actor | null, filters: DashboardFilters) {
  const user = requireActor(actor);
  const [seriesId, tagId] = await Promise.all([
    filters.series ? resolveFilterTerm("series", filters.series) : undefined,
    filters.tag ? resolveFilterTerm("tag", filters.tag) : undefined,
  ]);
  const unknown = { series: seriesId === null, tag: tagId === null };
  if (unknown.series || unknown.tag) {
    return {
      posts: [] as DashboardPost[],
      counts: await countPostsByStatus(user),
      unknown,
      pages: { newer: null, older: null },
    };
  }
  const where: Prisma.PostWhereInput = {
    ...visibleTo(user),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.authorId && can.seeAllPosts(user) ? { authorId: filters.authorId } : {}),
    ...(seriesId ? { seriesId } : {}),
    ...(tagId ? { tags: { some: { tagId } } } : {}),
    ...(filters.query
      ? { OR: [{ title: { contains: filters.query } }, { slug: { contains: filters.query } }] }
      : {}),
  };
  // Keyset paging: a page starts right after (or, going back, right before) its cursor's post
  const cursor = filters.cursor;
  const newer = cursor?.direction === "newer";
  const beyondCursor: Prisma.PostWhereInput = cursor
    ? {
        OR: [
          { updatedAt: newer ? { gt: cursor.updatedAt } : { lt: cursor.updatedAt } },
          { updatedAt: cursor.updatedAt, id: newer ? { gt: cursor.id } : { lt: cursor.id } },
        ],
      }
    : {};
  const direction = newer ? "asc" : "desc";
  const [found, counts] = await Promise.all([
    db.post.findMany({
      where: { AND: [where, beyondCursor] },
      orderBy: [{ updatedAt: direction }, { id: direction }],
      // One more than a page tells whether there is a page beyond this one
      take: DASHBOARD_PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        slug: true,
        status: true,
        kind: true,
        publishedAt: true,
        updatedAt: true,
        authorId: true,
        commentCount: true,
        author: { select: { name: true } },
        series: { select: { title: true } },
      },
    }),
    countPostsByStatus(user),
  ]);
  const more = found.length > DASHBOARD_PAGE_SIZE;
  const rows = found.slice(0, DASHBOARD_PAGE_SIZE);
  if (newer) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  const cursorAt = (row: { updatedAt: Date; id: number }, to: DashboardCursor["direction"]) => ({
    direction: to,
    updatedAt: row.updatedAt,
    id: row.id,
  });
  const pages = {
    newer: first && (newer ? more : Boolean(cursor)) ? cursorAt(first, "newer") : null,
    older: last && (newer || more) ? cursorAt(last, "older") : null,
  };
  const heldBack = await postsWithUnresolvedFindings(
    db,
    rows.filter((row) => row.status === "SCHEDULED" && row.kind === "ANECDOTE").map((row) => row.id),
  );
  const posts: DashboardPost[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    slug: row.slug,
    status: row.status,
    kind: row.kind,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    authorName: row.author.name,
    seriesTitle: row.series?.title ?? null,
    commentCount: row.commentCount,
    canEdit: can.editPost(user, row),
    heldBack: heldBack.has(row.id),
  }));
  return { posts, counts, unknown, pages };
}

/** Suggestions for the filter fields: the most used tags and the newest series, not all of them */
export async function getDashboardFilterOptions(actor: Actor | null) {
  const user = requireActor(actor);
  const [authors, series, tags] = await Promise.all([
    can.seeAllPosts(user)
      ? db.user.findMany({
          where: { posts: { some: {} } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        })
      : Promise.resolve([]),
    db.series.findMany({
      orderBy: { id: "desc" },
      take: FILTER_SUGGESTIONS,
      select: { id: true, title: true },
    }),
    db.tag.findMany({
      orderBy: [{ postCount: "desc" }, { id: "asc" }],
      take: FILTER_SUGGESTIONS,
      select: { id: true, name: true },
    }),
  ]);
  return { authors, series, tags };
}

export async function getRecentCommentsForDashboard(actor: Actor | null, limit = 5) {
  const user = requireActor(actor);
  return db.comment.findMany({
    where: can.seeAllPosts(user) ? {} : { post: { authorId: user.id } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      authorName: true,
      body: true,
      status: true,
      createdAt: true,
      post: { select: { id: true, title: true, slug: true } },
    },
  });
}

const editorSelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  body: true,
  kind: true,
  status: true,
  publishedAt: true,
  archiveMonth: true,
  authorId: true,
  categoryId: true,
  seriesId: true,
  seriesPosition: true,
  coverImageId: true,
  coverCaption: true,
  commentsOpen: true,
  seoTitle: true,
  seoDescription: true,
  version: true,
  updatedAt: true,
  author: { select: { name: true } },
  tags: { select: { tagId: true, tag: { select: { name: true } } } },
  coverImage: { select: mediaItemSelect },
} as const satisfies Prisma.PostSelect;

export type EditablePost = Prisma.PostGetPayload<{ select: typeof editorSelect }>;

async function loadEditable(actor: Actor, id: number): Promise<EditablePost> {
  const post = await db.post.findUnique({ where: { id }, select: editorSelect });
  if (!post) throw new NotFoundError("Diesen Beitrag gibt es nicht.");
  if (!can.editPost(actor, post)) throw new NotAuthorisedError("Diesen Beitrag darfst du nicht bearbeiten.");
  return post;
}

export async function getPostForEditing(actor: Actor | null, id: number): Promise<EditablePost> {
  return loadEditable(requireActor(actor), id);
}

export async function getEditorOptions(actor: Actor | null) {
  requireActor(actor);
  const [categories, series] = await Promise.all([
    db.category.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.series.findMany({
      orderBy: { title: "asc" },
      select: {
        id: true,
        title: true,
        // The editor completes and checks $Placeholders against the series' cast
        cast: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: { placeholder: true, displayName: true, description: true },
        },
      },
    }),
  ]);
  return { categories, series };
}

async function uniqueSlug(
  tx: Prisma.TransactionClient,
  wanted: string,
  postId: number | null,
): Promise<string> {
  const base = wanted || "beitrag";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await tx.post.findUnique({ where: { slug: candidate }, select: { id: true } });
    if (!taken || taken.id === postId) return candidate;
  }
}

async function resolveTerms(tx: Prisma.TransactionClient, actor: Actor, input: PostContentInput) {
  let categoryId = input.categoryId ?? null;
  if (input.newCategory) {
    if (!can.createTerms(actor)) throw new NotAuthorisedError();
    const slug = slugify(input.newCategory);
    if (!slug)
      throw new InvalidInputError("Ungültige Kategorie.", {
        newCategory: ["Bitte einen Namen mit Buchstaben."],
      });
    categoryId = (
      await tx.category.upsert({ where: { slug }, create: { slug, name: input.newCategory }, update: {} })
    ).id;
  }
  let seriesId = input.seriesId ?? null;
  if (input.newSeries) {
    if (!can.createTerms(actor)) throw new NotAuthorisedError();
    const slug = slugify(input.newSeries);
    if (!slug)
      throw new InvalidInputError("Ungültige Serie.", { newSeries: ["Bitte einen Titel mit Buchstaben."] });
    // /series/page/N is the series index's own (app/(site)/series/page/[page])
    if (slug === "page")
      throw new InvalidInputError("Ungültige Serie.", {
        newSeries: ["Dieser Titel ist als Adresse vergeben."],
      });
    seriesId = (
      await tx.series.upsert({ where: { slug }, create: { slug, title: input.newSeries }, update: {} })
    ).id;
  }
  const tagIds: number[] = [];
  for (const name of input.tags) {
    const slug = slugify(name);
    if (!slug) continue;
    tagIds.push((await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {} })).id);
  }
  return { categoryId, seriesId, tagIds };
}

function contentOf(input: PostContentInput) {
  return {
    title: input.title,
    excerpt: input.excerpt,
    body: input.body,
    kind: input.kind,
    coverImageId: input.coverImageId ?? null,
    coverCaption: input.coverCaption || null,
    commentsOpen: input.commentsOpen,
    seoTitle: input.seoTitle || null,
    seoDescription: input.seoDescription || null,
    readingMinutes: readingMinutes(input.body),
  };
}

/** Refused saves of a published or scheduled anecdote say that the public text stayed as it was */
const notSavedLead = "Nicht gespeichert, die öffentliche Fassung bleibt unverändert. ";

/** Whether a save or restore must pass the anonymisation gate: the readers see it now, or soon */
function isGoingPublic(status: PostStatus): boolean {
  return status === "PUBLISHED" || status === "SCHEDULED";
}

/**
 * Creates a draft, or saves an existing post; keeps a revision when the text changed. A published or
 * scheduled anecdote is saved only without unresolved guard findings, or with an editor's override.
 */
export async function savePost(
  actor: Actor | null,
  id: number | undefined,
  version: number,
  input: PostContentInput,
  options: { overrideReason?: string } = {},
): Promise<PostChange> {
  const user = requireActor(actor);
  if (id === undefined && !can.createPost(user)) throw new NotAuthorisedError();
  const existing = id === undefined ? null : await loadEditable(user, id);
  if (existing && existing.version !== version) throw new ConflictError();

  return db.$transaction(async (tx) => {
    const terms = await resolveTerms(tx, user, input);
    const slug = await uniqueSlug(tx, input.slug || slugify(input.title), existing?.id ?? null);
    const data = {
      ...contentOf(input),
      slug,
      categoryId: terms.categoryId,
      seriesId: terms.seriesId,
      seriesPosition: terms.seriesId ? (input.seriesPosition ?? null) : null,
    };
    let post: { id: number; slug: string; version: number; status: PostStatus };
    if (!existing) {
      post = await tx.post.create({
        data: { ...data, authorId: user.id, excerpt: data.excerpt || excerptFrom(input.body) },
        select: { id: true, slug: true, version: true, status: true },
      });
    } else {
      // The version in the WHERE makes the check and the write one step: a save that
      // raced ours in between changes nothing here and is reported as a conflict.
      const updated = await tx.post.updateMany({
        where: { id: existing.id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw new ConflictError();
      post = { id: existing.id, slug, version: version + 1, status: existing.status };
      if (existing.slug !== slug) {
        await tx.redirect.upsert({
          where: { fromPath: `/posts/${existing.slug}` },
          create: { fromPath: `/posts/${existing.slug}`, toPath: `/posts/${slug}` },
          update: { toPath: `/posts/${slug}` },
        });
        // Older redirects to the old slug follow along, so no chain ever forms
        await tx.redirect.updateMany({
          where: { toPath: `/posts/${existing.slug}` },
          data: { toPath: `/posts/${slug}` },
        });
        await tx.redirect.deleteMany({ where: { fromPath: `/posts/${slug}` } });
      }
    }
    await tx.postTag.deleteMany({ where: { postId: post.id } });
    if (terms.tagIds.length)
      await tx.postTag.createMany({ data: terms.tagIds.map((tagId) => ({ postId: post.id, tagId })) });

    const textChanged =
      !existing ||
      existing.title !== input.title ||
      existing.excerpt !== data.excerpt ||
      existing.body !== input.body;
    if (textChanged) {
      await tx.revision.create({
        data: {
          postId: post.id,
          title: input.title,
          excerpt: data.excerpt,
          body: input.body,
          authorId: user.id,
        },
      });
    }
    const oldTagIds = existing?.tags.map((tag) => tag.tagId) ?? [];
    // Checked on what was just written, inside the transaction: a refusal rolls the whole save back
    if (existing && isGoingPublic(existing.status))
      await enforceAnonymisationGate(tx, user, existing.id, options.overrideReason, notSavedLead);
    await refreshCountsForPost(tx, {
      // A save changes neither a post's status nor its author, so the author's count stays as it is
      authorIds: [],
      tagIds: [...oldTagIds, ...terms.tagIds],
      categoryIds: [existing?.categoryId, terms.categoryId].filter((v): v is number => typeof v === "number"),
      seriesIds: [existing?.seriesId, terms.seriesId].filter((v): v is number => typeof v === "number"),
    });
    const isPublic = post.status === "PUBLISHED";
    return {
      id: post.id,
      slug: post.slug,
      previousSlug: existing && existing.slug !== slug ? existing.slug : null,
      version: post.version,
      wasPublic: isPublic,
      isPublic,
      seriesIds: [existing?.seriesId, terms.seriesId].filter((v): v is number => typeof v === "number"),
    };
  });
}

function excerptFrom(body: string): string {
  const text = markdownToPlainText(body).replace(/\s+/g, " ").trim();
  return text.length > 240 ? `${text.slice(0, 237).replace(/\s+\S*$/, "")} …` : text;
}

export type StatusIntent =
  | { intent: "publish"; overrideReason?: string }
  | { intent: "unpublish" }
  | { intent: "draft" }
  | { intent: "schedule"; at: Date; overrideReason?: string };

export async function changePostStatus(
  actor: Actor | null,
  id: number,
  change: StatusIntent,
): Promise<PostChange> {
  const user = requireActor(actor);
  const post = await loadEditable(user, id);
  if (
    (change.intent === "publish" || change.intent === "schedule") &&
    !can.publishPost(user, post, await getSiteRules())
  ) {
    throw new NotAuthorisedError("Veröffentlichen darf hier nur die Redaktion.");
  }
  const now = new Date();
  let data: Prisma.PostUpdateInput;
  switch (change.intent) {
    case "publish": {
      const goesLive = post.status !== "PUBLISHED";
      const publishedAt = !goesLive && post.publishedAt ? post.publishedAt : now;
      data = { status: "PUBLISHED", publishedAt, archiveMonth: archiveMonthOf(publishedAt) };
      // Its subscribers' mails are queued after this transaction (queueDueNewPostMails)
      if (goesLive) data.newPostMailsDue = true;
      break;
    }
    case "schedule":
      if (change.at <= now)
        throw new InvalidInputError("Der Zeitpunkt liegt in der Vergangenheit.", {
          publishAt: ["Bitte einen Zeitpunkt in der Zukunft wählen."],
        });
      data = {
        status: "SCHEDULED",
        publishedAt: change.at,
        archiveMonth: archiveMonthOf(change.at),
        newPostMailsDue: false,
      };
      break;
    case "unpublish":
      data = { status: "UNPUBLISHED", newPostMailsDue: false };
      break;
    case "draft":
      data = { status: "DRAFT", newPostMailsDue: false };
      break;
  }
  const updated = await db.$transaction(async (tx) => {
    // Anecdotes go public only without unresolved guard findings, or with a recorded override
    if (change.intent === "publish" || change.intent === "schedule")
      await enforceAnonymisationGate(tx, user, id, change.overrideReason);
    const row = await tx.post.update({
      where: { id },
      // Not a content change: the version stays, so an open editor sees no conflict
      data,
      select: {
        id: true,
        slug: true,
        version: true,
        status: true,
        authorId: true,
        seriesId: true,
        categoryId: true,
        archiveMonth: true,
        tags: { select: { tagId: true } },
      },
    });
    await refreshCountsForPost(tx, {
      authorIds: [row.authorId],
      tagIds: row.tags.map((tag) => tag.tagId),
      categoryIds: row.categoryId ? [row.categoryId] : [],
      seriesIds: row.seriesId ? [row.seriesId] : [],
      archiveMonths: [post.archiveMonth, row.archiveMonth],
    });
    // Taken back before its mails went out: the unsent ones are withdrawn
    if (post.status === "PUBLISHED" && row.status !== "PUBLISHED") await withdrawNewPostMails(tx, id);
    return row;
  });
  return changeOf(updated, post.status);
}

export async function deletePost(actor: Actor | null, id: number): Promise<PostChange> {
  const user = requireActor(actor);
  const post = await db.post.findUnique({
    where: { id },
    select: {
      authorId: true,
      slug: true,
      status: true,
      seriesId: true,
      categoryId: true,
      archiveMonth: true,
      tags: { select: { tagId: true } },
    },
  });
  if (!post) throw new NotFoundError("Diesen Beitrag gibt es nicht.");
  if (!can.deletePost(user, post)) throw new NotAuthorisedError("Diesen Beitrag darfst du nicht löschen.");
  await db.$transaction(async (tx) => {
    await tx.post.delete({ where: { id } });
    await refreshCountsForPost(tx, {
      authorIds: [post.authorId],
      tagIds: post.tags.map((tag) => tag.tagId),
      categoryIds: post.categoryId ? [post.categoryId] : [],
      seriesIds: post.seriesId ? [post.seriesId] : [],
      archiveMonths: [post.archiveMonth],
    });
  });
  return {
    id,
    slug: post.slug,
    previousSlug: null,
    version: 0,
    wasPublic: post.status === "PUBLISHED",
    isPublic: false,
    seriesIds: post.seriesId ? [post.seriesId] : [],
  };
}

export async function listRevisions(actor: Actor | null, postId: number) {
  const post = await loadEditable(requireActor(actor), postId);
  const revisions = await db.revision.findMany({
    where: { postId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      excerpt: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
    },
  });
  return { post, revisions };
}

/** Puts an earlier revision's text back; that becomes the newest revision */
export async function restoreRevision(
  actor: Actor | null,
  postId: number,
  revisionId: number,
): Promise<PostChange> {
  const user = requireActor(actor);
  const post = await loadEditable(user, postId);
  const revision = await db.revision.findFirst({ where: { id: revisionId, postId } });
  if (!revision) throw new NotFoundError("Diese Version gibt es nicht.");
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.post.update({
      where: { id: postId },
      data: {
        title: revision.title,
        excerpt: revision.excerpt,
        body: revision.body,
        readingMinutes: readingMinutes(revision.body),
        version: { increment: 1 },
      },
      select: { id: true, slug: true, version: true, status: true, seriesId: true },
    });
    // An older text may hold a real name the guard would refuse on a published or scheduled anecdote
    if (isGoingPublic(post.status))
      await enforceAnonymisationGate(
        tx,
        user,
        postId,
        undefined,
        "Nicht wiederhergestellt, die öffentliche Fassung bleibt unverändert. ",
      );
    await tx.revision.create({
      data: {
        postId,
        title: revision.title,
        excerpt: revision.excerpt,
        body: revision.body,
        authorId: user.id,
      },
    });
    return row;
  });
  return changeOf(updated, post.status);
}

/** Scheduled posts whose time has come go live; called by the scheduler, not by users */
export async function publishDuePosts(now = new Date()): Promise<PostChange[]> {
  const due = await db.post.findMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now } },
    select: {
      id: true,
      slug: true,
      version: true,
      authorId: true,
      seriesId: true,
      categoryId: true,
      archiveMonth: true,
      tags: { select: { tagId: true } },
    },
  });
  const changes: PostChange[] = [];
  for (const post of due) {
    await db.$transaction(async (tx) => {
      // Held back while the text has findings nobody resolved (edited after it was scheduled)
      if ((await unresolvedFindingsOf(tx, post.id)).length > 0) return;
      // Only if still scheduled: an author may have changed it a moment ago
      const updated = await tx.post.updateMany({
        where: { id: post.id, status: "SCHEDULED" },
        // Its subscribers' mails are queued after this transaction (queueDueNewPostMails)
        data: { status: "PUBLISHED", newPostMailsDue: true },
      });
      if (updated.count === 0) return;
      await refreshCountsForPost(tx, {
        authorIds: [post.authorId],
        tagIds: post.tags.map((tag) => tag.tagId),
        categoryIds: post.categoryId ? [post.categoryId] : [],
        seriesIds: post.seriesId ? [post.seriesId] : [],
        archiveMonths: [post.archiveMonth],
      });
      changes.push(changeOf({ ...post, status: "PUBLISHED" }, "SCHEDULED"));
    });
  }
  return changes;
}

/** When the next scheduled post is due, if any; a post held back by the guard is not due */
export async function nextScheduledAt(now = new Date()): Promise<Date | null> {
  const due = await db.post.findMany({
    where: { status: "SCHEDULED", publishedAt: { lte: now } },
    orderBy: { publishedAt: "asc" },
    select: { id: true, publishedAt: true },
  });
  for (const post of due) {
    if ((await unresolvedFindingsOf(db, post.id)).length === 0) return post.publishedAt;
  }
  const next = await db.post.findFirst({
    where: { status: "SCHEDULED", publishedAt: { gt: now } },
    orderBy: { publishedAt: "asc" },
    select: { publishedAt: true },
  });
  return next?.publishedAt ?? null;
}
