import { diffWords } from "diff";
import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { RestoreRevisionButton } from "@/components/editor/restore-revision-button";
import { listRevisions } from "@/lib/data/admin-posts";
import { formatDateTime } from "@/lib/format";
import { loadPostOr404 } from "../load-post";

export const metadata: Metadata = { title: "Versionen" };

function Diff({ from, to }: { from: string; to: string }) {
  return (
    <pre className="max-h-96 overflow-auto whitespace-pre-wrap rounded bg-stone-50 p-3 font-mono text-xs leading-relaxed dark:bg-stone-950">
      {diffWords(from, to).map((part, index) =>
        part.added ? (
          <ins key={index} className="bg-emerald-200 no-underline dark:bg-emerald-900">
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="bg-red-200 dark:bg-red-900">
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </pre>
  );
}

export default async function RevisionsPage({ params }: PageProps<"/admin/posts/[id]/revisions">) {
  const { user, post } = await loadPostOr404((await params).id);
  const { revisions } = await listRevisions(user, post.id);
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/posts/${post.id}`} className="underline">
          ← Zurück zum Beitrag
        </Link>
      </p>
      <h1 className="mt-2 mb-6 font-serif text-3xl font-bold">Versionen von „{post.title}“</h1>
      <ol className="space-y-4">
        {revisions.map((revision, index) => {
          const current =
            revision.title === post.title && revision.excerpt === post.excerpt && revision.body === post.body;
          return (
            <li key={revision.id} className="rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900">
              <details open={index === 1}>
                <summary className="cursor-pointer">
                  <span className="font-medium">{formatDateTime(revision.createdAt)}</span>
                  {revision.author && <> · {revision.author.name}</>} · „{revision.title}“
                  {current && (
                    <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-900">
                      aktuelle Fassung
                    </span>
                  )}
                </summary>
                <div className="mt-3 space-y-3">
                  <p className="text-sm text-stone-600 dark:text-stone-400">
                    Unterschied zur aktuellen Fassung (rot: fällt weg, grün: kommt hinzu beim
                    Wiederherstellen)
                  </p>
                  {revision.title !== post.title && <Diff from={post.title} to={revision.title} />}
                  <Diff from={post.body} to={revision.body} />
                  {!current && <RestoreRevisionButton postId={post.id} revisionId={revision.id} />}
                </div>
              </details>
            </li>
          );
        })}
      </ol>
    </>
  );
}
