// Fills a migrated database that holds the demo content up to a large blog, with batch inserts,
// keeping the app's invariants: unique slugs, archiveMonth, readingMinutes, excerpts, threaded
// comments with depth, denormalised counters (as lib/counters.ts computes them), a current search
// index, confirmed subscriptions.
import type { DatabaseConfig } from "../../../lib/database-config";
import { archiveMonthOf } from "../../../lib/format";
import { markdownToPlainText, readingMinutes } from "../../../lib/markdown/render";
import { migrationsDirectory, readRepeatables } from "../../../lib/migrations/runner";
import { slugify } from "../../../lib/slug";
import { openPostgresWriter, openSqliteWriter, type BulkWriter, type Value } from "./bulk-writer";
import { tables, tablesWithSerialIds } from "./tables";
import {
  castDisplayName,
  castPlaceholders,
  commentBody,
  commenterName,
  composeBody,
  createBlockPools,
  createRandom,
  personName,
  postTitle,
  termName,
  type Block,
  type Random,
} from "./text";

export interface BlogSize {
  posts: number;
  comments: number;
  series: number;
  tags: number;
  subscribers: number;
}

/** The size the issue asks for */
export const largeBlog: BlogSize = {
  posts: 100_000,
  comments: 1_000_000,
  series: 500,
  tags: 5_000,
  subscribers: 10_000,
};

export function scaleBlog(size: BlogSize, factor: number): BlogSize {
  const scale = (value: number) => Math.max(1, Math.round(value * factor));
  return {
    posts: scale(size.posts),
    comments: scale(size.comments),
    series: scale(size.series),
    tags: scale(size.tags),
    subscribers: scale(size.subscribers),
  };
}

export interface GenerationReport {
  size: BlogSize;
  seconds: number;
  stages: Record<string, number>;
}

const SEED = 20261122;
const GENERATED_AUTHORS = 22;
const CATEGORIES = 12;
/** Replies deeper than this attach to the deepest level, as the comment form does */
const MAX_COMMENT_DEPTH = 3;
const FIRST_POST_AT = Date.UTC(2008, 0, 1, 8);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** archiveMonthOf builds an Intl formatter per call; month borders fall on whole hours, so memoise by hour */
function memoisedArchiveMonth(): (date: Date) => number {
  const memo = new Map<number, number>();
  return (date) => {
    const hour = Math.floor(date.getTime() / HOUR);
    let month = memo.get(hour);
    if (month === undefined) {
      month = archiveMonthOf(date);
      memo.set(hour, month);
    }
    return month;
  };
}

/** The app's own excerpt rule for a post saved without one (lib/data/admin-posts.ts, excerptFrom) */
function excerptOf(plain: string): string {
  const text = plain.replace(/\s+/g, " ").trim();
  return text.length > 240 ? `${text.slice(0, 237).replace(/\s+\S*$/, "")} …` : text;
}

function uniqueSlugger(taken: Iterable<string>): (wanted: string) => string {
  const used = new Set(taken);
  return (wanted) => {
    const base = wanted || "beitrag";
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
  };
}

async function openWriter(config: DatabaseConfig): Promise<BulkWriter> {
  if (config.provider === "sqlite") {
    const { default: Database } = await import("better-sqlite3");
    return openSqliteWriter(new Database(config.url));
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  return openPostgresWriter(client);
}

/** Spreads `total` over items by weight, exactly (largest remainders get the leftovers) */
export function apportion(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || weights.length === 0) return weights.map(() => 0);
  const raw = weights.map((weight) => (weight / sum) * total);
  const counts = raw.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = raw
    .map((value, index) => [value - Math.floor(value), index] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, index] of order) {
    if (left <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    left--;
  }
  return counts;
}

export async function generateLargeBlog(
  config: DatabaseConfig,
  size: BlogSize,
  log: (line: string) => void = console.log,
  root = process.cwd(),
): Promise<GenerationReport> {
  const started = performance.now();
  const stages: Record<string, number> = {};
  let stageStart = started;
  const stage = (name: string) => {
    const now = performance.now();
    stages[name] = Math.round(now - stageStart) / 1000;
    log(`  ${name}: ${stages[name]} s`);
    stageStart = now;
  };

  const random = createRandom(SEED);
  const writer = await openWriter(config);
  const now = new Date();
  const monthOf = memoisedArchiveMonth();
  try {
    const count = (table: string) => writer.queryNumber(`SELECT COUNT(*) FROM "${table}"`);
    const maxId = (table: string) => writer.queryNumber(`SELECT COALESCE(MAX(id), 0) FROM "${table}"`);
    const existing = {
      posts: await count("Post"),
      comments: await count("Comment"),
      series: await count("Series"),
      tags: await count("Tag"),
      subscribers: await count("Subscriber"),
      categories: await count("Category"),
    };
    if (existing.posts >= size.posts) {
      throw new Error(`The database already holds ${existing.posts} posts; reset it before generating.`);
    }

    // ── people and taxonomy ──
    const demoUsers = await writer.queryRows<{ id: string; name: string; email: string }>(
      `SELECT id, name, email FROM "User"`,
    );
    const authors = [...demoUsers];
    const userRows: Value[][] = [];
    for (let n = 1; n <= GENERATED_AUTHORS; n++) {
      const name = personName(random);
      const user = { id: `bench-author-${n}`, name, email: `autor${n}@example.org` };
      authors.push(user);
      const role = n <= 2 ? "ADMIN" : n <= 7 ? "EDITOR" : "AUTHOR";
      const since = new Date(FIRST_POST_AT - 30 * DAY);
      userRows.push([user.id, user.email, name, `${slugify(name)}-${n}`, "", role, since, since]);
    }
    await writer.insert(tables.user, userRows);
    await writer.flush(tables.user);

    const categoryIds = (await writer.queryRows<{ id: number }>(`SELECT id FROM "Category"`)).map((r) =>
      Number(r.id),
    );
    const categorySlug = uniqueSlugger(
      (await writer.queryRows<{ slug: string }>(`SELECT slug FROM "Category"`)).map((r) => r.slug),
    );
    let nextCategoryId = (await maxId("Category")) + 1;
    for (let n = existing.categories; n < CATEGORIES; n++) {
      const name = termName(random, n);
      const id = nextCategoryId++;
      categoryIds.push(id);
      await writer.insert(tables.category, [[id, categorySlug(slugify(name)), name, `Alles über ${name}.`]]);
    }
    await writer.flush(tables.category);

    const tagIds = (await writer.queryRows<{ id: number }>(`SELECT id FROM "Tag"`)).map((r) => Number(r.id));
    const tagSlug = uniqueSlugger(
      (await writer.queryRows<{ slug: string }>(`SELECT slug FROM "Tag"`)).map((r) => r.slug),
    );
    let nextTagId = (await maxId("Tag")) + 1;
    for (let n = existing.tags; n < size.tags; n++) {
      const name = termName(random, n);
      const id = nextTagId++;
      tagIds.push(id);
      await writer.insert(tables.tag, [[id, tagSlug(slugify(name)), name]]);
    }
    await writer.flush(tables.tag);

    // Generated anecdotes go into generated series only, so the demo series keep their episode order
    const seriesIds: number[] = [];
    const seriesSlug = uniqueSlugger(
      (await writer.queryRows<{ slug: string }>(`SELECT slug FROM "Series"`)).map((r) => r.slug),
    );
    let nextSeriesId = (await maxId("Series")) + 1;
    const castRows: Value[][] = [];
    for (let n = existing.series; n < size.series; n++) {
      const title = `Aus der Reihe: ${termName(random, n)}`;
      const id = nextSeriesId++;
      seriesIds.push(id);
      const since = new Date(FIRST_POST_AT);
      await writer.insert(tables.series, [
        [id, seriesSlug(slugify(title)), title, `Geschichten rund um ${title.slice(15)}.`, since, since],
      ]);
      const cast = new Set<(typeof castPlaceholders)[number]>();
      const castSize = random.int(3, 6);
      while (cast.size < castSize) cast.add(random.pick(castPlaceholders));
      for (const [position, placeholder] of [...cast].entries()) {
        castRows.push([id, placeholder, castDisplayName(placeholder), "", position]);
      }
    }
    // Every series before the cast that refers to it
    await writer.flush(tables.series);
    await writer.insert(tables.castMember, castRows);
    await writer.flush(tables.castMember);
    const mediaIds = (await writer.queryRows<{ id: number }>(`SELECT id FROM "Media"`)).map((r) =>
      Number(r.id),
    );
    await writer.commit();
    stage("authors, categories, tags, series");

    // ── posts, their tags and comments ──
    // Search is rebuilt once at the end by the app's own repeatable script, instead of per row
    if (config.provider === "sqlite") {
      for (const trigger of ["post_search_insert", "post_search_delete", "post_search_update"]) {
        await writer.exec(`DROP TRIGGER IF EXISTS ${trigger}`);
      }
    } else {
      await writer.exec(`DROP INDEX IF EXISTS post_search_vector_idx`);
    }

    // Enough distinct paragraphs that bodies rarely repeat; rendering each once costs about a millisecond
    const pools = createBlockPools(random, Math.min(4000, Math.max(200, 2 * (size.posts - existing.posts))));
    stage("text pools");
    const postSlug = uniqueSlugger(
      (await writer.queryRows<{ slug: string }>(`SELECT slug FROM "Post"`)).map((r) => r.slug),
    );
    const postCount = size.posts - existing.posts;
    const firstPostId = (await maxId("Post")) + 1;
    const lastPublishedAt = now.getTime() - 2 * DAY;
    const span = lastPublishedAt - FIRST_POST_AT;
    const scheduled = Math.min(10, Math.floor(postCount / 1000));

    type Status = "PUBLISHED" | "DRAFT" | "UNPUBLISHED" | "SCHEDULED";
    const statuses: Status[] = Array.from({ length: postCount }, (_, index) => {
      if (index >= postCount - scheduled) return "SCHEDULED";
      const roll = random.next();
      return roll < 0.015 ? "DRAFT" : roll < 0.02 ? "UNPUBLISHED" : "PUBLISHED";
    });
    // A long tail: most posts get a handful of comments, a few get hundreds
    const commentWeights = statuses.map((status) =>
      status === "PUBLISHED" ? Math.exp(1.2 * random.normal()) : 0,
    );
    const commentsPerPost = apportion(commentWeights, Math.max(0, size.comments - existing.comments));

    const seriesPositions = new Map<number, number>();
    let nextCommentId = (await maxId("Comment")) + 1;
    let checked = 0;
    let chunk: { posts: Value[][]; tags: Value[][]; comments: Value[][] } = {
      posts: [],
      tags: [],
      comments: [],
    };
    for (let index = 0; index < postCount; index++) {
      const id = firstPostId + index;
      const status = statuses[index] ?? "PUBLISHED";
      const anecdote = random.chance(0.45);
      const blocks: Block[] = composeBody(random, pools, anecdote);
      const body = blocks.map((block) => block.markdown).join("\n\n");
      const plain = blocks.map((block) => block.plain).join("\n");
      const words = blocks.reduce((sum, block) => sum + block.words, 0);
      const minutes = Math.max(1, Math.round(words / 200));
      const excerpt = excerptOf(plain);
      if (checked < 50) {
        // The shortcut must agree with the app's own functions
        if (readingMinutes(body) !== minutes || excerptOf(markdownToPlainText(body)) !== excerpt) {
          throw new Error(
            `Generated post ${id}: reading time or excerpt differs from the app's own computation`,
          );
        }
        checked++;
      }
      const title = postTitle(random);
      const publishedAt =
        status === "DRAFT"
          ? null
          : status === "SCHEDULED"
            ? new Date(now.getTime() + random.int(60, 365) * DAY)
            : new Date(FIRST_POST_AT + Math.floor((span * (index + random.next())) / postCount));
      const createdAt =
        publishedAt && publishedAt < now
          ? new Date(publishedAt.getTime() - 3 * DAY)
          : new Date(now.getTime() - DAY);
      const author = authors[random.skewed(authors.length, 1.6)] ?? authors[0];
      if (!author) throw new Error("No authors to write posts");
      const seriesId =
        anecdote && seriesIds.length > 0 && random.chance(0.85)
          ? (seriesIds[random.skewed(seriesIds.length, 1.5)] ?? null)
          : null;
      let seriesPosition: number | null = null;
      if (seriesId !== null) {
        seriesPosition = (seriesPositions.get(seriesId) ?? 0) + 1;
        seriesPositions.set(seriesId, seriesPosition);
      }
      const postRow: Value[] = [
        id,
        postSlug(slugify(title)),
        title,
        excerpt,
        body,
        anecdote ? "ANECDOTE" : "ARTICLE",
        status,
        publishedAt,
        publishedAt ? monthOf(publishedAt) : null,
        minutes,
        author.id,
        random.chance(0.95) ? (categoryIds[random.int(0, categoryIds.length - 1)] ?? null) : null,
        seriesId,
        seriesPosition,
        mediaIds.length > 0 && random.chance(0.25)
          ? (mediaIds[random.int(0, mediaIds.length - 1)] ?? null)
          : null,
        random.chance(0.95),
        createdAt,
        publishedAt && publishedAt < now ? publishedAt : createdAt,
        0,
      ];
      chunk.posts.push(postRow);

      const postTags = new Set<number>();
      const tagTotal = random.int(1, 5);
      while (postTags.size < Math.min(tagTotal, tagIds.length)) {
        const tagId = tagIds[random.skewed(tagIds.length, 2.5)];
        if (tagId !== undefined) postTags.add(tagId);
      }
      for (const tagId of postTags) chunk.tags.push([id, tagId]);
      if (publishedAt) {
        const rows = comments(
          random,
          commentsPerPost[index] ?? 0,
          id,
          publishedAt,
          now,
          author,
          nextCommentId,
        );
        nextCommentId += rows.length;
        chunk.comments.push(...rows);
        // Counted here: updating 100,000 posts afterwards would make PostgreSQL recompute every
        // post's search vector (a generated column)
        postRow[postRow.length - 1] = rows.filter((row) => row[commentStatus] === "APPROVED").length;
      }
      if (chunk.posts.length >= 1000 || index === postCount - 1) {
        // Posts first: PostgreSQL checks the foreign keys of every statement
        await writer.insert(tables.post, chunk.posts);
        await writer.flush(tables.post);
        await writer.insert(tables.postTag, chunk.tags);
        await writer.flush(tables.postTag);
        await writer.insert(tables.comment, chunk.comments);
        await writer.flush(tables.comment);
        chunk = { posts: [], tags: [], comments: [] };
      }
      if ((index + 1) % 20000 === 0) log(`  … ${index + 1} posts`);
    }
    await writer.commit();
    stage(`${postCount} posts with tags and ${size.comments - existing.comments} comments`);

    // ── subscribers ──
    let nextSubscriberId = (await maxId("Subscriber")) + 1;
    let people: { subscribers: Value[][]; consents: Value[][]; subscriptions: Value[][] } = {
      subscribers: [],
      consents: [],
      subscriptions: [],
    };
    for (let n = existing.subscribers; n < size.subscribers; n++) {
      const id = nextSubscriberId++;
      const roll = random.next();
      const status = roll < 0.8 ? "CONFIRMED" : roll < 0.95 ? "PENDING" : "UNSUBSCRIBED";
      const createdAt = new Date(FIRST_POST_AT + Math.floor(random.next() * span));
      const confirmedAt =
        status === "PENDING" ? null : new Date(createdAt.getTime() + random.int(1, 600) * 60_000);
      people.subscribers.push([
        id,
        `leser${n + 1}@example.org`,
        status,
        1,
        "de",
        confirmedAt,
        createdAt,
        confirmedAt ?? createdAt,
      ]);
      const ipHash = random.hex(64);
      people.consents.push([id, "subscribe", "blog", ipHash, createdAt]);
      if (confirmedAt) people.consents.push([id, "confirm", "blog", ipHash, confirmedAt]);
      if (status === "CONFIRMED" && confirmedAt) {
        if (random.chance(0.4) || seriesIds.length === 0) {
          people.subscriptions.push([id, null, confirmedAt]);
        } else {
          const followed = new Set<number>();
          const wanted = random.int(1, 3);
          while (followed.size < Math.min(wanted, seriesIds.length)) {
            const seriesId = seriesIds[random.skewed(seriesIds.length, 1.5)];
            if (seriesId !== undefined) followed.add(seriesId);
          }
          for (const seriesId of followed) people.subscriptions.push([id, seriesId, confirmedAt]);
        }
      }
      if (people.subscribers.length >= 1000 || n === size.subscribers - 1) {
        // Subscribers first: their consents and subscriptions refer to them
        await writer.insert(tables.subscriber, people.subscribers);
        await writer.flush(tables.subscriber);
        await writer.insert(tables.consent, people.consents);
        await writer.flush(tables.consent);
        await writer.insert(tables.subscription, people.subscriptions);
        await writer.flush(tables.subscription);
        people = { subscribers: [], consents: [], subscriptions: [] };
      }
    }
    await writer.commit();
    stage("subscribers");

    // ── the app's own search script, then its counters ──
    for (const script of readRepeatables(migrationsDirectory(config.provider, root))) {
      await writer.exec(script.sql);
    }
    stage("search index");
    await writer.exec("BEGIN");
    for (const statement of setBasedCounterSql) await writer.exec(statement);
    await writer.exec("COMMIT");
    stage("counters");
    if (config.provider === "postgresql") {
      for (const table of tablesWithSerialIds) {
        await writer.exec(
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "${table}"))`,
        );
      }
    } else {
      const problems = await writer.queryRows<{ table: string }>(`PRAGMA foreign_key_check`);
      if (problems.length > 0) throw new Error(`Generated rows break ${problems.length} foreign keys`);
    }
  } finally {
    await writer.close();
  }

  // PostgreSQL's autovacuum would gather statistics within minutes of such a load; SQLite has
  // no such thing and the app never runs ANALYZE, so SQLite is measured as it would run.
  if (config.provider === "postgresql") {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      await client.query("VACUUM ANALYZE");
    } finally {
      await client.end();
    }
    stage("vacuum analyze");
  }
  return { size, seconds: Math.round(performance.now() - started) / 1000, stages };
}

const published = `p.status = 'PUBLISHED'`;
const commentStatus = tables.comment.columns.findIndex(([name]) => name === "status");

/**
 * The values lib/counters.ts `refreshAllCounts` computes, as one grouped query per counter.
 * refreshAllCounts runs a correlated subquery per row; at 5,000 tags SQLite answers each by
 * scanning every published post (no ANALYZE, so it picks the status index), which takes many
 * minutes. The generator test checks that the counters equal the rows they count.
 */
const setBasedCounterSql = [
  // Post.commentCount is written with each generated post; the demo's come from its seed
  `UPDATE "User" SET "postCount" = 0`,
  `UPDATE "User" SET "postCount" = x.n FROM (SELECT p."authorId" AS id, COUNT(*) AS n FROM "Post" p WHERE ${published} GROUP BY p."authorId") AS x WHERE x.id = "User".id`,
  `UPDATE "Tag" SET "postCount" = 0`,
  `UPDATE "Tag" SET "postCount" = x.n FROM (SELECT pt."tagId" AS id, COUNT(*) AS n FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId" WHERE ${published} GROUP BY pt."tagId") AS x WHERE x.id = "Tag".id`,
  `UPDATE "Category" SET "postCount" = 0`,
  `UPDATE "Category" SET "postCount" = x.n FROM (SELECT p."categoryId" AS id, COUNT(*) AS n FROM "Post" p WHERE ${published} AND p."categoryId" IS NOT NULL GROUP BY p."categoryId") AS x WHERE x.id = "Category".id`,
  `UPDATE "Series" SET "episodeCount" = 0`,
  `UPDATE "Series" SET "episodeCount" = x.n FROM (SELECT p."seriesId" AS id, COUNT(*) AS n FROM "Post" p WHERE ${published} AND p."seriesId" IS NOT NULL GROUP BY p."seriesId") AS x WHERE x.id = "Series".id`,
  `DELETE FROM "ArchiveMonth"`,
  `INSERT INTO "ArchiveMonth" ("month", "postCount") SELECT p."archiveMonth", COUNT(*) FROM "Post" p WHERE ${published} AND p."archiveMonth" IS NOT NULL GROUP BY p."archiveMonth"`,
];

function comments(
  random: Random,
  total: number,
  postId: number,
  publishedAt: Date,
  now: Date,
  author: { id: string; name: string; email: string },
  firstId: number,
): Value[][] {
  if (total === 0) return [];
  const window = Math.max(
    60_000,
    Math.min(now.getTime(), publishedAt.getTime() + 60 * DAY) - publishedAt.getTime(),
  );
  const offsets = Array.from({ length: total }, () => Math.floor(random.next() * window)).sort(
    (a, b) => a - b,
  );
  const approved: { id: number; depth: number; parentId: number | null }[] = [];
  const depthOf = new Map<number, number>();
  return offsets.map((offset, index) => {
    const id = firstId + index;
    const roll = random.next();
    const status = roll < 0.9 ? "APPROVED" : roll < 0.95 ? "PENDING" : roll < 0.99 ? "SPAM" : "TRASH";
    let parentId: number | null = null;
    let depth = 0;
    if (approved.length > 0 && status === "APPROVED" && random.chance(0.35)) {
      let parent = approved[random.int(0, approved.length - 1)];
      if (parent && parent.depth >= MAX_COMMENT_DEPTH && parent.parentId !== null) {
        const grandparent = parent.parentId;
        parent = { id: grandparent, depth: depthOf.get(grandparent) ?? 0, parentId: null };
      }
      if (parent) {
        parentId = parent.id;
        depth = parent.depth + 1;
      }
    }
    depthOf.set(id, depth);
    if (status === "APPROVED") approved.push({ id, depth, parentId });
    const byAuthor = parentId !== null && random.chance(0.08);
    const name = byAuthor ? author.name : commenterName(random);
    const createdAt = new Date(publishedAt.getTime() + offset);
    return [
      id,
      postId,
      parentId,
      depth,
      name,
      byAuthor ? author.email : `${slugify(name).replaceAll("-", ".")}.${id % 977}@example.org`,
      byAuthor ? author.id : null,
      commentBody(random),
      status,
      random.hex(64),
      createdAt,
      createdAt,
    ];
  });
}
