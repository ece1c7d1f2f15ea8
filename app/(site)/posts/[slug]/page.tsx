import type { Metadata } from "next";
import { CommentsSection } from "@/components/comment/comments-section";
import { getPrerenderedPostSlugs } from "@/lib/data/posts";
import { atLeastOne } from "@/lib/static-params";
import { loadPost, PostArticle, postMetadata, requirePost } from "./post-view";

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedPostSlugs());
}

export async function generateMetadata({ params }: PageProps<"/posts/[slug]">): Promise<Metadata> {
  return postMetadata(await loadPost((await params).slug));
}

/** The same for every reader, so it is served from the cache */
export default async function PostPage({ params }: PageProps<"/posts/[slug]">) {
  const post = await requirePost((await params).slug);
  return <PostArticle post={post} comments={<CommentsSection post={post} />} />;
}
