import type { Metadata } from "next";
import { toEditorPost } from "@/components/editor/editor-post";
import { PostEditor } from "@/components/editor/post-editor";
import { ReleasePanel } from "@/components/editor/release-panel";
import { StatusPanel } from "@/components/editor/status-panel";
import { can } from "@/lib/auth/permissions";
import { getEditorOptions } from "@/lib/data/admin-posts";
import { getAnecdoteRelease, getAnonymisationStatus } from "@/lib/data/anonymisation";
import { listMedia } from "@/lib/data/media";
import { getSiteRules } from "@/lib/data/settings";
import { instantToZonedDateTime } from "@/lib/format";
import { loadPostOr404 } from "./load-post";

export const metadata: Metadata = { title: "Beitrag bearbeiten" };

export default async function EditPostPage({ params }: PageProps<"/admin/posts/[id]">) {
  const { user, post } = await loadPostOr404((await params).id);
  const [options, rules, library, anonymisation, release] = await Promise.all([
    getEditorOptions(user),
    getSiteRules(),
    listMedia(user),
    getAnonymisationStatus(user, post.id),
    getAnecdoteRelease(user, post.id),
  ]);
  return (
    <>
      <h1 className="sr-only">Beitrag bearbeiten: {post.title}</h1>
      <PostEditor
        post={toEditorPost(post)}
        categories={options.categories}
        series={options.series}
        library={library}
        canManageSeries={can.manageSeries(user)}
        canOverride={can.overrideAnonymisation(user)}
        anonymisation={anonymisation}
        releasePanel={
          <ReleasePanel
            postId={post.id}
            release={{
              customerAgreed: release.customerAgreed,
              agreedAt: release.agreedAt ? release.agreedAt.toISOString().slice(0, 10) : "",
              note: release.note,
            }}
          />
        }
        statusPanel={
          <StatusPanel
            id={post.id}
            status={post.status}
            scheduledFor={
              post.status === "SCHEDULED" && post.publishedAt ? instantToZonedDateTime(post.publishedAt) : ""
            }
            publicPath={`/posts/${post.slug}`}
            canPublish={can.publishPost(user, post, rules)}
            canOverride={can.overrideAnonymisation(user)}
            heldBack={post.status === "SCHEDULED" && anonymisation.findings.length > 0}
          />
        }
      />
    </>
  );
}
