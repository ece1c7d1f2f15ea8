import type { Metadata } from "next";
import Link from "next/link";
import { renderMarkdown } from "@/lib/markdown/render";
import { loadPostOr404 } from "../load-post";

export const metadata: Metadata = { title: "Vorschau" };

/** A draft as readers will see it; only for signed-in users who may edit it */
export default async function PreviewPage({ params }: PageProps<"/admin/posts/[id]/preview">) {
  const { post } = await loadPostOr404((await params).id);
  return (
    <article className="mx-auto max-w-3xl rounded-lg bg-white p-8 shadow-sm dark:bg-stone-900">
      <p className="mb-4 rounded bg-amber-100 px-3 py-2 text-sm text-amber-900">
        Vorschau – nicht öffentlich.{" "}
        <Link href={`/admin/posts/${post.id}`} className="underline">
          Zurück zum Bearbeiten
        </Link>
      </p>
      <h1 className="font-serif text-4xl font-bold">{post.title}</h1>
      {post.excerpt && <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{post.excerpt}</p>}
      <div
        className="prose prose-stone mt-6 max-w-none font-serif dark:prose-invert"
        dangerouslySetInnerHTML={{ __html: renderMarkdown(post.body) }}
      />
    </article>
  );
}
