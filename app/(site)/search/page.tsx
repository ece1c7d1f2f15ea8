import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/layout/search-form";
import { PostCard } from "@/components/post/post-card";
import { searchPublishedPosts } from "@/lib/data/search";
import { t } from "@/lib/i18n/messages";
import { parsePageNumber } from "@/lib/validations/route-params";
import { parseSearchQuery } from "@/lib/validations/search";

export const metadata: Metadata = { title: t.search, robots: { index: false, follow: true } };

// Results depend on the query, so this page renders per request. It blocks until they are
// ready instead of streaming them into a placeholder, so readers without JavaScript see them.
export const instant = false;

async function SearchResults({ searchParams }: Pick<PageProps<"/search">, "searchParams">) {
  const params = await searchParams;
  const query = parseSearchQuery(params.q);
  const page = (typeof params.page === "string" && parsePageNumber(params.page)) || 1;
  const {
    posts: results,
    more,
    first,
  } = query ? await searchPublishedPosts(query, page) : { posts: [], more: false, first: 1 };
  const hrefFor = (target: number) =>
    `/search?${new URLSearchParams(target > 1 ? { q: query, page: String(target) } : { q: query })}`;
  return (
    <>
      <h1 className="mb-4 font-serif text-3xl font-bold">{query ? t.searchResultsFor(query) : t.search}</h1>
      <div className="mb-8">
        <SearchForm defaultValue={query} id="search-page-query" />
      </div>
      {!query ? (
        <p>{t.searchPrompt}</p>
      ) : results.length === 0 ? (
        <p role="status">{t.searchNothingFound}</p>
      ) : (
        <>
          <p role="status" className="mb-6 text-stone-600 dark:text-stone-400">
            {page > 1
              ? t.searchResultRange(first, first + results.length - 1)
              : more
                ? t.searchResultCountMore(results.length)
                : t.searchResultCount(results.length)}
          </p>
          <div className="space-y-8">
            {results.map((post) => (
              <PostCard key={post.id} post={post} />
            ))}
          </div>
          {(page > 1 || more) && (
            <nav aria-label={t.pagination} className="mt-10 flex items-center justify-between gap-4 text-sm">
              {page > 1 ? (
                <Link
                  href={hrefFor(page - 1)}
                  rel="prev"
                  className="font-medium text-accent-700 underline dark:text-accent-300"
                >
                  ← {t.searchBetterResults}
                </Link>
              ) : (
                <span />
              )}
              {more ? (
                <Link
                  href={hrefFor(page + 1)}
                  rel="next"
                  className="font-medium text-accent-700 underline dark:text-accent-300"
                >
                  {t.searchMoreResults} →
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </>
      )}
    </>
  );
}

export default function SearchPage({ searchParams }: PageProps<"/search">) {
  return <SearchResults searchParams={searchParams} />;
}
