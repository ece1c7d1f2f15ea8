// Shape of the demo content that `npm run db:seed` writes into an empty database.

export interface DemoAuthor {
  key: string;
  name: string;
  email: string;
  slug: string;
  bio: string;
  role: "ADMIN" | "EDITOR" | "AUTHOR";
}

export interface DemoCastMember {
  /** As written in Markdown, with the dollar sign: "$Verkäufer" */
  placeholder: string;
  displayName: string;
  description: string;
}

export interface DemoSeries {
  slug: string;
  title: string;
  description: string;
  cast: DemoCastMember[];
}

export interface DemoCover {
  /** File under public/, e.g. "/demo/werkstatt.svg" */
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  /** "Foto: …" */
  credit: string;
  /** "Quelle: …" */
  source: string;
}

export interface DemoComment {
  authorName: string;
  authorEmail: string;
  authorUrl?: string;
  /** Key of a DemoAuthor when the post's author (or another team member) replies */
  authorKey?: string;
  body: string;
  /** Minutes after the post's publication */
  minutesAfter: number;
  status?: "APPROVED" | "PENDING" | "SPAM";
  replies?: DemoComment[];
}

export interface DemoPost {
  slug: string;
  title: string;
  excerpt: string;
  /** Markdown (GFM) */
  body: string;
  kind: "ARTICLE" | "ANECDOTE";
  status?: "PUBLISHED" | "DRAFT" | "SCHEDULED";
  /** ISO 8601 with offset, e.g. "2026-03-14T09:30:00+01:00" */
  publishedAt: string;
  authorKey: string;
  categorySlug: string;
  tags: string[];
  series?: { slug: string; position: number };
  cover?: DemoCover;
  commentsOpen?: boolean;
  comments?: DemoComment[];
}

export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
}

export interface DemoTag {
  slug: string;
  name: string;
}

export interface DemoContent {
  authors: DemoAuthor[];
  categories: DemoCategory[];
  tags: DemoTag[];
  series: DemoSeries[];
  posts: DemoPost[];
}
