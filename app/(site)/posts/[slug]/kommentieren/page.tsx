import type { Metadata } from "next";
import { PersonalCommentsSection, type CommentedPost } from "@/components/comment/comments-section";
import { getPrerenderedPostSlugs } from "@/lib/data/posts";
import { atLeastOne } from "@/lib/static-params";
import { recordIdSchema } from "@/lib/validations/comment";
import { loadPost, PostArticle, postMetadata, requirePost } from "../post-view";

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedPostSlugs());
}

// Rendered whole per request (no placeholder that only script could fill): readers without
// JavaScript see their waiting comment and their remembered details too
export const instant = false;

export async function generateMetadata({
  params,
}: PageProps<"/posts/[slug]/kommentieren">): Promise<Metadata> {
  // The post's own address stays the one to index and share
  return { ...postMetadata(await loadPost((await params).slug)), robots: { index: false } };
}

async function ReaderComments({
  post,
  searchParams,
}: {
  post: CommentedPost;
  searchParams: PageProps<"/posts/[slug]/kommentieren">["searchParams"];
}) {
  const { antwort } = await searchParams;
  const replyTo = recordIdSchema.safeParse(antwort);
  return <PersonalCommentsSection post={post} replyTo={replyTo.success ? replyTo.data : null} />;
}

/**
 * The post as one reader sees it: with their comments that wait for moderation, their remembered
 * details and the reply they started. Readers get here by a rewrite (lib/comments/personal-view.ts)
 * or, without JavaScript, by "Antworten".
 */
export default async function PersonalPostPage({
  params,
  searchParams,
}: PageProps<"/posts/[slug]/kommentieren">) {
  const post = await requirePost((await params).slug);
  return <PostArticle post={post} comments={<ReaderComments post={post} searchParams={searchParams} />} />;
}
