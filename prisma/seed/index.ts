// Writes the demo content into an empty database (first start, tests, benchmarks).
import { hashPassword } from "../../lib/auth/password";
import { refreshAllCounts } from "../../lib/counters";
import { archiveMonthOf } from "../../lib/format";
import type { PrismaClient } from "../../lib/generated/sqlite/client";
import { readingMinutes } from "../../lib/markdown/render";
import { generatePassword } from "../../lib/users";
import { demoContent } from "./demo-content";
import type { DemoComment, DemoContent } from "./demo-types";

export async function isDatabaseEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.user.count()) === 0 && (await db.post.count()) === 0;
}

/** Writes the demo content; returns the sign-in of the demo author (a fresh random password) */
export async function seedDemoContent(
  db: PrismaClient,
  content: DemoContent = demoContent,
): Promise<{ email: string; password: string } | null> {
  const userIds = new Map<string, string>();
  let demoSignIn: { email: string; password: string } | null = null;
  for (const author of content.authors) {
    // Only the first (demo) author can sign in; nobody gets a fixed password
    const password: string | null = demoSignIn ? null : generatePassword();
    const user = await db.user.create({
      data: {
        email: author.email,
        name: author.name,
        slug: author.slug,
        bio: author.bio,
        role: author.role,
        passwordHash: password ? await hashPassword(password) : null,
      },
    });
    if (password) demoSignIn = { email: author.email, password };
    userIds.set(author.key, user.id);
  }
  const categoryIds = new Map<string, number>();
  for (const category of content.categories) {
    categoryIds.set(category.slug, (await db.category.create({ data: category })).id);
  }
  const tagIds = new Map<string, number>();
  for (const tag of content.tags) {
    tagIds.set(tag.slug, (await db.tag.create({ data: tag })).id);
  }
  const seriesIds = new Map<string, number>();
  for (const series of content.series) {
    const created = await db.series.create({
      data: {
        slug: series.slug,
        title: series.title,
        description: series.description,
        cast: { create: series.cast.map((member, position) => ({ ...member, position })) },
      },
    });
    seriesIds.set(series.slug, created.id);
  }

  const required = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`Demo content names unknown ${what} "${key}"`);
    return value;
  };

  for (const post of content.posts) {
    const publishedAt = new Date(post.publishedAt);
    const cover = post.cover
      ? await db.media.create({
          data: {
            storageKey: post.cover.src,
            mimeType: post.cover.src.endsWith(".svg") ? "image/svg+xml" : "image/jpeg",
            width: post.cover.width,
            height: post.cover.height,
            byteSize: 0,
            alt: post.cover.alt,
            caption: post.cover.caption,
            credit: post.cover.credit,
            source: post.cover.source,
          },
        })
      : null;
    const authorId = required(userIds, post.authorKey, "author");
    const created = await db.post.create({
      data: {
        slug: post.slug,
        title: post.title,
        excerpt: post.excerpt,
        body: post.body,
        kind: post.kind,
        status: post.status ?? "PUBLISHED",
        publishedAt,
        archiveMonth: archiveMonthOf(publishedAt),
        createdAt: publishedAt,
        readingMinutes: readingMinutes(post.body),
        authorId,
        categoryId: required(categoryIds, post.categorySlug, "category"),
        seriesId: post.series ? required(seriesIds, post.series.slug, "series") : null,
        seriesPosition: post.series?.position ?? null,
        coverImageId: cover?.id ?? null,
        commentsOpen: post.commentsOpen ?? true,
        tags: { create: post.tags.map((slug) => ({ tagId: required(tagIds, slug, "tag") })) },
      },
    });
    const writeComments = async (comments: DemoComment[], parentId: number | null, depth: number) => {
      for (const comment of comments) {
        const createdAt = new Date(publishedAt.getTime() + comment.minutesAfter * 60_000);
        const row = await db.comment.create({
          data: {
            postId: created.id,
            parentId,
            depth,
            authorName: comment.authorName,
            authorEmail: comment.authorEmail,
            authorUrl: comment.authorUrl ?? null,
            userId: comment.authorKey ? required(userIds, comment.authorKey, "author") : null,
            body: comment.body,
            status: comment.status ?? "APPROVED",
            createdAt,
          },
        });
        await writeComments(comment.replies ?? [], row.id, depth + 1);
      }
    };
    await writeComments(post.comments ?? [], null, 0);
  }
  await refreshAllCounts(db);
  return demoSignIn;
}
