import type { PostDetail } from "@/lib/data/types";
import { absoluteUrl, siteConfig } from "@/lib/site-config";

/** schema.org BlogPosting for search engines; `<` is escaped so no text can close the script */
export function PostJsonLd({ post }: { post: PostDetail }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.seoDescription || post.excerpt,
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    inLanguage: siteConfig.locale,
    url: absoluteUrl(`/posts/${post.slug}`),
    mainEntityOfPage: absoluteUrl(`/posts/${post.slug}`),
    author: { "@type": "Person", name: post.author.name, url: absoluteUrl(`/authors/${post.author.slug}`) },
    publisher: { "@type": "Organization", name: siteConfig.name, url: siteConfig.url },
    keywords: post.tags.map((tag) => tag.name).join(", "),
    ...(post.cover ? { image: absoluteUrl(post.cover.src) } : {}),
    ...(post.category ? { articleSection: post.category.name } : {}),
    commentCount: post.commentCount,
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
