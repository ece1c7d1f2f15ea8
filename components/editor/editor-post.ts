// Turns a stored post into the editor's form values.
import type { EditablePost } from "@/lib/data/admin-posts";
import { toMediaItem } from "@/lib/data/media";
import type { EditorPost } from "./post-editor";

export function toEditorPost(post: EditablePost): EditorPost {
  return {
    id: post.id,
    version: post.version,
    status: post.status,
    title: post.title,
    slug: post.slug,
    excerpt: post.excerpt,
    body: post.body,
    kind: post.kind,
    categoryId: post.categoryId ? String(post.categoryId) : "",
    tags: post.tags.map((tag) => tag.tag.name).join(", "),
    seriesId: post.seriesId ? String(post.seriesId) : "",
    seriesPosition: post.seriesPosition ? String(post.seriesPosition) : "",
    commentsOpen: post.commentsOpen,
    seoTitle: post.seoTitle ?? "",
    seoDescription: post.seoDescription ?? "",
    cover: post.coverImage ? toMediaItem(post.coverImage) : null,
    coverCaption: post.coverCaption ?? "",
  };
}
