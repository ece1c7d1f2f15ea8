// The small, serialisable objects that the data layer hands to pages.

export interface AuthorRef {
  name: string;
  slug: string;
}

export interface TermRef {
  name: string;
  slug: string;
}

export interface CoverImage {
  src: string;
  /** Responsive sizes of an uploaded image */
  srcSet?: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  source: string;
}

export interface PostSummary {
  id: number;
  slug: string;
  title: string;
  excerpt: string;
  kind: "ARTICLE" | "ANECDOTE";
  publishedAt: Date;
  updatedAt: Date;
  readingMinutes: number;
  commentCount: number;
  author: AuthorRef;
  category: TermRef | null;
  series: { title: string; slug: string } | null;
  tags: TermRef[];
  cover: CoverImage | null;
}

export interface EpisodeRef {
  slug: string;
  title: string;
}

export interface SeriesNavigation {
  id: number;
  title: string;
  slug: string;
  /** 1-based place among the published episodes */
  position: number;
  total: number;
  previous: EpisodeRef | null;
  next: EpisodeRef | null;
}

/** A member of a series' cast: a placeholder such as "$Chef" and who it stands for */
export interface CastMemberView {
  placeholder: string;
  displayName: string;
  description: string;
}

export interface PostDetail extends PostSummary {
  /** Sanitised HTML rendered from the Markdown body */
  html: string;
  /** The members of the series' cast who appear in the body, in order of appearance */
  cast: CastMemberView[];
  seoTitle: string | null;
  seoDescription: string | null;
  commentsOpen: boolean;
  seriesNavigation: SeriesNavigation | null;
  authorBio: string;
  /** Marks the author's own answers in the comments */
  authorId: string;
}

export interface CommentNode {
  id: number;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: Date;
  isPostAuthor: boolean;
  /** Waiting for moderation: only its writer sees it */
  pending: boolean;
  replies: CommentNode[];
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  total: number;
}
