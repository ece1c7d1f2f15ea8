import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { inputClass, secondaryButtonClass, buttonClass } from "@/components/ui/form-field";
import { requireUser } from "@/lib/auth/sessions";
import { commentPermalink } from "@/lib/comments/addresses";
import {
  getDashboardFilterOptions,
  getRecentCommentsForDashboard,
  listDashboardPosts,
  type PostStatus,
} from "@/lib/data/admin-posts";
import { formatDateTime } from "@/lib/format";
import { t } from "@/lib/i18n/messages";
import { PrevNextNav } from "@/components/ui/pagination";
import { queryString } from "@/lib/query-string";
import { cursorParam, parseDashboardFilters } from "@/lib/validations/dashboard";

export const metadata: Metadata = { title: "Beiträge" };

export const statusLabels: Record<PostStatus, string> = {
  DRAFT: "Entwurf",
  SCHEDULED: "Geplant",
  PUBLISHED: "Veröffentlicht",
  UNPUBLISHED: "Zurückgezogen",
};

const statusStyles: Record<PostStatus, string> = {
  DRAFT: "bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100",
  SCHEDULED: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  PUBLISHED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  UNPUBLISHED: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
};

export default async function DashboardPage({ searchParams }: PageProps<"/admin">) {
  const user = await requireUser();
  const filters = parseDashboardFilters(await searchParams);
  const [{ posts, counts, unknown, pages }, options, comments] = await Promise.all([
    listDashboardPosts(user, filters),
    getDashboardFilterOptions(user),
    getRecentCommentsForDashboard(user),
  ]);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  // Older and newer pages keep the filters
  const pageHref = (cursor: { before?: string; after?: string }) =>
    `/admin${queryString({
      status: filters.status,
      author: filters.authorId,
      series: filters.series,
      tag: filters.tag,
      q: filters.query,
      ...cursor,
    })}`;
  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="posts-heading">
        <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
          <h1 id="posts-heading" className="font-serif text-3xl font-bold">
            Beiträge
          </h1>
          <Link href="/admin/posts/new" className={buttonClass}>
            Neuer Beitrag
          </Link>
        </div>
        <nav aria-label="Nach Status" className="mb-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            <li>
              <Link
                href="/admin"
                aria-current={!filters.status ? "page" : undefined}
                className="rounded-full bg-white px-3 py-1 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white dark:bg-stone-900"
              >
                Alle ({total})
              </Link>
            </li>
            {(Object.keys(statusLabels) as PostStatus[]).map((status) => (
              <li key={status}>
                <Link
                  href={`/admin?status=${status}`}
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
          className="mb-6 grid gap-3 rounded-lg bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:bg-stone-900"
        >
          {filters.status && <input type="hidden" name="status" value={filters.status} />}
          <label className="text-sm lg:col-span-2">
            <span className="mb-1 block font-medium">Suche</span>
            <input
              type="search"
              name="q"
              defaultValue={filters.query}
              placeholder="Titel oder Adresse"
              className={inputClass}
            />
          </label>
          {options.authors.length > 0 && (
            <label className="text-sm">
              <span className="mb-1 block font-medium">Autor*in</span>
              <select name="author" defaultValue={filters.authorId ?? ""} className={inputClass}>
                <option value="">Alle</option>
                {options.authors.map((author) => (
                  <option key={author.id} value={author.id}>
                    {author.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="text-sm">
            <span className="mb-1 block font-medium">Serie</span>
            <input
              type="text"
              name="series"
              list="dashboard-series"
              defaultValue={filters.series}
              placeholder="Alle"
              autoComplete="off"
              className={inputClass}
            />
            <datalist id="dashboard-series">
              {options.series.map((series) => (
                <option key={series.id} value={series.title} />
              ))}
            </datalist>
          </label>
          <label className="text-sm">
            <span className="mb-1 block font-medium">Schlagwort</span>
            <input
              type="text"
              name="tag"
              list="dashboard-tags"
              defaultValue={filters.tag}
              placeholder="Alle"
              autoComplete="off"
              className={inputClass}
            />
            <datalist id="dashboard-tags">
              {options.tags.map((tag) => (
                <option key={tag.id} value={tag.name} />
              ))}
            </datalist>
          </label>
          <div className="flex items-end gap-2 lg:col-span-5">
            <button type="submit" className={secondaryButtonClass}>
              Filtern
            </button>
            <Link href="/admin" className="text-sm underline">
              Zurücksetzen
            </Link>
          </div>
        </form>
        {posts.length === 0 ? (
          <p role="status" className="rounded-lg bg-white p-6 dark:bg-stone-900">
            {unknown.series
              ? `Keine Serie „${filters.series}“.`
              : unknown.tag
                ? `Kein Schlagwort „${filters.tag}“.`
                : "Keine Beiträge gefunden."}
          </p>
        ) : (
          <div className="overflow-x-auto rounded-lg bg-white shadow-sm dark:bg-stone-900">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-600 dark:border-stone-700 dark:text-stone-400">
                <tr>
                  <th scope="col" className="px-4 py-3">
                    Titel
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Status
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Autor*in
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Serie
                  </th>
                  <th scope="col" className="px-4 py-3">
                    Geändert
                  </th>
                  <th scope="col" className="px-4 py-3 text-right">
                    Kommentare
                  </th>
                </tr>
              </thead>
              <tbody>
                {posts.map((post) => (
                  <tr key={post.id} className="border-b border-stone-100 last:border-0 dark:border-stone-800">
                    <td className="px-4 py-3 font-medium">
                      {post.canEdit ? (
                        <Link href={`/admin/posts/${post.id}`} className="hover:underline">
                          {post.title}
                        </Link>
                      ) : (
                        post.title
                      )}
                      <span className="ml-2 text-xs text-stone-500">
                        {post.kind === "ANECDOTE" ? "Anekdote" : "Artikel"}
                      </span>
                    </td>
                    <td className="px-4 py-3">
                      <span
                        className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusStyles[post.status]}`}
                      >
                        {statusLabels[post.status]}
                      </span>
                      {post.status === "SCHEDULED" && post.publishedAt && (
                        <span className="ml-1 text-xs">{formatDateTime(post.publishedAt)}</span>
                      )}
                      {post.heldBack && (
                        <span
                          className="ml-1 rounded-full bg-red-100 px-2 py-0.5 text-xs font-medium text-red-800 dark:bg-red-950 dark:text-red-200"
                          title="Der Text enthält mögliche Klarnamen; die Anekdote erscheint erst, wenn sie geklärt sind."
                        >
                          Angehalten: Klarnamen
                        </span>
                      )}
                    </td>
                    <td className="px-4 py-3">{post.authorName}</td>
                    <td className="px-4 py-3">{post.seriesTitle ?? "–"}</td>
                    <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(post.updatedAt)}</td>
                    <td className="px-4 py-3 text-right">{post.commentCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {(pages.newer || pages.older) && (
          <PrevNextNav
            previous={
              pages.newer && { href: pageHref({ after: cursorParam(pages.newer) }), label: t.newerPosts }
            }
            next={
              pages.older && { href: pageHref({ before: cursorParam(pages.older) }), label: t.olderPosts }
            }
          />
        )}
      </section>
      <aside aria-labelledby="comments-heading" className="space-y-3">
        <h2 id="comments-heading" className="font-serif text-xl font-bold">
          Neueste Kommentare
        </h2>
        {comments.length === 0 && <p className="text-sm">Noch keine Kommentare.</p>}
        <ul className="space-y-3">
          {comments.map((comment) => (
            <li key={comment.id} className="rounded-lg bg-white p-3 text-sm dark:bg-stone-900">
              <p>
                <span className="font-semibold">{comment.authorName}</span> zu{" "}
                {/* A plain link: the permalink answers with a redirect to the comment's page */}
                <a href={commentPermalink(comment.post.slug, comment.id)} className="underline">
                  {comment.post.title}
                </a>
              </p>
              <p className="mt-1 line-clamp-3 text-stone-700 dark:text-stone-300">{comment.body}</p>
              <p className="mt-1 text-xs text-stone-500">
                {formatDateTime(comment.createdAt)}
                {comment.status !== "APPROVED" && (
                  <>
                    {" "}
                    ·{" "}
                    {comment.status === "PENDING"
                      ? "wartet auf Freigabe"
                      : comment.status === "SPAM"
                        ? "Spam"
                        : "Papierkorb"}
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
