// Names of the cache tags that public reads carry and writes refresh.
// A list of posts anywhere (home, archive, tag, category, author, feeds) carries `posts`.
export const cacheTags = {
  posts: "posts",
  post: (id: number) => `post:${id}`,
  comments: (postId: number) => `comments:${postId}`,
  series: (id: number) => `series:${id}`,
  seriesIndex: "series",
  taxonomy: "taxonomy",
  authors: "authors",
  /** Site settings that public pages show (when comments close) */
  settings: "settings",
} as const;
