// Column lists of the tables the generator fills, as prisma/schema.prisma defines them.
import type { TableSpec } from "./bulk-writer";

export const tables = {
  user: {
    name: "User",
    columns: [
      ["id", "text"],
      ["email", "text"],
      ["name", "text"],
      ["slug", "text"],
      ["bio", "text"],
      ["role", { enum: "Role" }],
      ["createdAt", "date"],
      ["updatedAt", "date"],
    ],
  },
  category: {
    name: "Category",
    columns: [
      ["id", "int"],
      ["slug", "text"],
      ["name", "text"],
      ["description", "text"],
    ],
  },
  tag: {
    name: "Tag",
    columns: [
      ["id", "int"],
      ["slug", "text"],
      ["name", "text"],
    ],
  },
  series: {
    name: "Series",
    columns: [
      ["id", "int"],
      ["slug", "text"],
      ["title", "text"],
      ["description", "text"],
      ["createdAt", "date"],
      ["updatedAt", "date"],
    ],
  },
  castMember: {
    name: "CastMember",
    columns: [
      ["seriesId", "int"],
      ["placeholder", "text"],
      ["displayName", "text"],
      ["description", "text"],
      ["position", "int"],
    ],
  },
  post: {
    name: "Post",
    columns: [
      ["id", "int"],
      ["slug", "text"],
      ["title", "text"],
      ["excerpt", "text"],
      ["body", "text"],
      ["kind", { enum: "PostKind" }],
      ["status", { enum: "PostStatus" }],
      ["publishedAt", "date"],
      ["archiveMonth", "int"],
      ["readingMinutes", "int"],
      ["authorId", "text"],
      ["categoryId", "int"],
      ["seriesId", "int"],
      ["seriesPosition", "int"],
      ["coverImageId", "int"],
      ["commentsOpen", "bool"],
      ["createdAt", "date"],
      ["updatedAt", "date"],
      ["commentCount", "int"],
    ],
  },
  postTag: {
    name: "PostTag",
    columns: [
      ["postId", "int"],
      ["tagId", "int"],
    ],
  },
  comment: {
    name: "Comment",
    columns: [
      ["id", "int"],
      ["postId", "int"],
      ["parentId", "int"],
      ["depth", "int"],
      ["authorName", "text"],
      ["authorEmail", "text"],
      ["userId", "text"],
      ["body", "text"],
      ["status", { enum: "CommentStatus" }],
      ["ipHash", "text"],
      ["createdAt", "date"],
      ["updatedAt", "date"],
    ],
  },
  subscriber: {
    name: "Subscriber",
    columns: [
      ["id", "int"],
      ["email", "text"],
      ["status", { enum: "SubscriberStatus" }],
      ["tokenVersion", "int"],
      ["locale", "text"],
      ["confirmedAt", "date"],
      ["createdAt", "date"],
      ["updatedAt", "date"],
    ],
  },
  subscription: {
    name: "Subscription",
    columns: [
      ["subscriberId", "int"],
      ["seriesId", "int"],
      ["createdAt", "date"],
    ],
  },
  consent: {
    name: "Consent",
    columns: [
      ["subscriberId", "int"],
      ["action", "text"],
      ["scope", "text"],
      ["ipHash", "text"],
      ["createdAt", "date"],
    ],
  },
} as const satisfies Record<string, TableSpec>;

/** Tables whose integer ids the generator assigns itself (PostgreSQL sequences are moved past them) */
export const tablesWithSerialIds = [
  "Category",
  "Tag",
  "Series",
  "CastMember",
  "Post",
  "Comment",
  "Subscriber",
  "Subscription",
  "Consent",
];
