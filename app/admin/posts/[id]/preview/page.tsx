import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PostCast } from "@/components/post/post-cast";
import { getSeriesCast } from "@/lib/data/series";
import { castMembersIn } from "@/lib/markdown/cast";
import { renderPostBody, withCastNames } from "@/lib/markdown/render";
import { loadPostOr404 } from "../load-post";

export const metadata: Metadata = { title: "Vorschau" };

/** A draft as readers will see it; only for signed-in users who may edit it */
export default async function PreviewPage({ params }: PageProps<"/admin/posts/[id]/preview">) {
  const { post } = await loadPostOr404((await params).id);
  const cast = post.seriesId === null ? [] : await getSeriesCast(post.seriesId);
  const context = { kind: post.kind, cast };
  const body = renderPostBody(post.body, context);
  const appearing = castMembersIn(body.placeholdersUsed, cast);
  return (
    <article className="mx-auto max-w-3xl rounded-lg bg-white p-8 shadow-sm dark:bg-stone-900">
      <p className="mb-4 rounded bg-amber-100 px-3 py-2 text-sm text-amber-900">
        Vorschau – nicht öffentlich.{" "}
        <Link href={`/admin/posts/${post.id}`} className="underline">
          Zurück zum Bearbeiten
        </Link>
      </p>
      <h1 className="font-serif text-4xl font-bold">{withCastNames(post.title, context)}</h1>
      {post.excerpt && (
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">
          {withCastNames(post.excerpt, context)}
        </p>
      )}
      <div
        className="prose prose-stone mt-6 max-w-none font-serif dark:prose-invert"
        dangerouslySetInnerHTML={{ __html: body.html }}
      />
      <PostCast cast={appearing} />
    </article>
  );
}
