import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/post/post-list";
import { getLatestPosts } from "@/lib/data/posts";
import { t } from "@/lib/i18n/messages";
import { parsePageNumber } from "@/lib/validations/route-params";

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: PageProps<"/page/[page]">): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  return {
    title: page ? `${t.latestPosts} – ${t.pageOf(page, page)}` : t.notFoundTitle,
    alternates: { canonical: `/page/${page}` },
  };
}

export default async function OlderPostsPage({ params }: PageProps<"/page/[page]">) {
  const page = parsePageNumber((await params).page);
  if (!page) notFound();
  const posts = await getLatestPosts(page);
  if (page > posts.totalPages) notFound();
  return <PostList title={t.latestPosts} posts={posts} basePath="/" />;
}
