import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { BULK_FORM_ID, BulkModerationForm } from "@/components/moderation/bulk-moderation-form";
import { CommentEditForm } from "@/components/moderation/comment-edit-form";
import { CommentReplyForm } from "@/components/moderation/comment-reply-form";
import { inputClass, secondaryButtonClass } from "@/components/ui/form-field";
import { requireUser } from "@/lib/auth/sessions";
import { commentPermalink } from "@/lib/comments/addresses";
import { listCommentsForModeration } from "@/lib/data/comment-moderation";
import { formatDateTime } from "@/lib/format";
import { queryString } from "@/lib/query-string";
import {
  commentStatuses,
  parseModerationFilters,
  type CommentStatusFilter,
} from "@/lib/validations/moderation";

export const metadata: Metadata = { title: "Kommentare" };

const statusLabels: Record<CommentStatusFilter, string> = {
  PENDING: "Wartend",
  APPROVED: "Freigeschaltet",
  SPAM: "Spam",
  TRASH: "Papierkorb",
};

/** The buttons each comment gets, by where it is now */
const rowActions: Record<CommentStatusFilter, { value: string; label: string }[]> = {
  PENDING: [
    { value: "approve", label: "Freischalten" },
    { value: "spam", label: "Spam" },
    { value: "trash", label: "Papierkorb" },
  ],
  APPROVED: [
    { value: "unapprove", label: "Zurückziehen" },
    { value: "spam", label: "Spam" },
    { value: "trash", label: "Papierkorb" },
  ],
  SPAM: [
    { value: "approve", label: "Kein Spam: freischalten" },
    { value: "delete", label: "Endgültig löschen" },
  ],
  TRASH: [
    { value: "approve", label: "Wiederherstellen und freischalten" },
    { value: "delete", label: "Endgültig löschen" },
  ],
};

export default async function CommentsModerationPage({ searchParams }: PageProps<"/admin/comments">) {
  const user = await requireUser();
  const filters = parseModerationFilters(await searchParams);
  const { comments, counts, page, totalPages, post } = await listCommentsForModeration(user, filters);
  const base = { status: filters.status, post: filters.postId, q: filters.query };
  return (
    <section aria-labelledby="moderation-heading">
      <h1 id="moderation-heading" className="mb-4 font-serif text-3xl font-bold">
        Kommentare
      </h1>
      <nav aria-label="Nach Status" className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {commentStatuses.map((status) => (
            <li key={status}>
              <Link
                href={`/admin/comments${queryString({ ...base, status })}`}
                aria-current={filters.status === status ? "page" : undefined}
                className="rounded-full bg-white px-3 py-1 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:bg-stone-900"
              >
                {statusLabels[status]} ({counts[status]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 dark:bg-stone-900"
      >
        <input type="hidden" name="status" value={filters.status} />
        {filters.postId && <input type="hidden" name="post" value={filters.postId} />}
        <label className="min-w-64 grow text-sm">
          <span className="mb-1 block font-medium">Suche</span>
          <input
            type="search"
            name="q"
            defaultValue={filters.query}
            placeholder="Name, E-Mail-Adresse oder Text"
            className={inputClass}
          />
        </label>
        <button type="submit" className={secondaryButtonClass}>
          Filtern
        </button>
        {(filters.query || filters.postId) && (
          <Link
            href={`/admin/comments${queryString({ status: filters.status })}`}
            className="text-sm underline"
          >
            Alle Beiträge, ohne Suche
          </Link>
        )}
      </form>
      {post && (
        <p className="mb-4 text-sm">
          Nur Kommentare zu <strong>{post.title}</strong>.
        </p>
      )}
      {/* Always there, so the answer to the last action stays when the list has emptied */}
      <BulkModerationForm actions={comments.length > 0 ? rowActions[filters.status] : []} />
      {comments.length === 0 ? (
        <p className="rounded-lg bg-white p-6 dark:bg-stone-900">
          {filters.status === "PENDING" ? "Nichts wartet auf dich." : "Keine Kommentare gefunden."}
        </p>
      ) : (
        <>
          <ol className="space-y-3">
            {comments.map((comment) => (
              <li key={comment.id}>
                <article
                  aria-labelledby={`moderation-${comment.id}`}
                  className="rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900"
                >
                  <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                    <input
                      type="checkbox"
                      name="ids"
                      value={comment.id}
                      form={BULK_FORM_ID}
                      aria-label={`Kommentar von ${comment.authorName} markieren`}
                      className="size-4 self-center"
                    />
                    <h2 id={`moderation-${comment.id}`} className="font-semibold">
                      {comment.authorName}
                    </h2>
                    <span className="text-stone-600 dark:text-stone-400">{comment.authorEmail}</span>
                    {comment.authorUrl && (
                      <a
                        href={comment.authorUrl}
                        rel="nofollow ugc noopener noreferrer"
                        className="break-all text-stone-600 underline dark:text-stone-400"
                      >
                        {comment.authorUrl}
                      </a>
                    )}
                    <span className="text-stone-600 dark:text-stone-400">
                      {formatDateTime(comment.createdAt)}
                    </span>
                  </header>
                  <p className="mt-1 text-sm">
                    zu{" "}
                    <Link
                      href={`/admin/comments${queryString({ status: filters.status, post: comment.post.id })}`}
                      className="underline"
                    >
                      {comment.post.title}
                    </Link>
                    {comment.post.status === "PUBLISHED" && (
                      <>
                        {" · "}
                        {/* A plain link: the permalink answers with a redirect to the comment's page */}
                        <a
                          href={
                            comment.status === "APPROVED"
                              ? commentPermalink(comment.post.slug, comment.id)
                              : `/posts/${comment.post.slug}`
                          }
                          className="underline"
                        >
                          ansehen
                        </a>
                      </>
                    )}
                    {comment.parent && <> · Antwort an {comment.parent.authorName}</>}
                  </p>
                  {comment.heldFor && (
                    <p className="mt-2 text-sm text-amber-900 dark:text-amber-300">
                      Geprüft, weil: {comment.heldFor}
                    </p>
                  )}
                  <div className="mt-2 space-y-2 break-words text-stone-800 dark:text-stone-200">
                    {comment.body.split(/\n\s*\n/).map((paragraph, index) => (
                      <p key={index} className="whitespace-pre-line">
                        {paragraph}
                      </p>
                    ))}
                  </div>
                  <div className="mt-3 flex flex-wrap gap-2">
                    {rowActions[filters.status].map((action) => (
                      <button
                        key={action.value}
                        type="submit"
                        form={BULK_FORM_ID}
                        name="single"
                        value={`${action.value}:${comment.id}`}
                        className={`${secondaryButtonClass} py-1`}
                        aria-label={`${action.label}: Kommentar von ${comment.authorName}`}
                      >
                        {action.label}
                      </button>
                    ))}
                  </div>
                  {(comment.status === "PENDING" || comment.status === "APPROVED") && (
                    <details className="mt-3 text-sm">
                      <summary className="cursor-pointer font-medium">Antworten</summary>
                      <CommentReplyForm parentId={comment.id} parentName={comment.authorName} />
                    </details>
                  )}
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer font-medium">Bearbeiten</summary>
                    <CommentEditForm comment={comment} />
                  </details>
                </article>
              </li>
            ))}
          </ol>
          <AdminPager
            page={page}
            totalPages={totalPages}
            href={(page) => `/admin/comments${queryString({ ...base, page })}`}
          />
        </>
      )}
    </section>
  );
}
