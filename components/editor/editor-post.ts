// Turns a stored post into the editor's form values.
import type { EditablePost } from "@/lib/data/admin-posts";
import { mediaUrl } from "@/lib/data/media";
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
    cover: post.coverImage
      ? {
          id: post.coverImage.id,
          src: mediaUrl(post.coverImage.storageKey),
          width: post.coverImage.width,
          height: post.coverImage.height,
          alt: post.coverImage.alt,
          caption: post.coverImage.caption,
          credit: post.coverImage.credit,
          source: post.coverImage.source,
        }
      : null,
    coverCaption: post.coverCaption ?? "",
  };
}
