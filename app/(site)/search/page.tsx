import type { Metadata } from "next";
import { SearchForm } from "@/components/layout/search-form";
import { PostCard } from "@/components/post/post-card";
import { PrevNextNav } from "@/components/ui/pagination";
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
            <PrevNextNav
              previous={page > 1 ? { href: hrefFor(page - 1), label: t.searchBetterResults } : null}
              next={more ? { href: hrefFor(page + 1), label: t.searchMoreResults } : null}
            />
          )}
        </>
      )}
    </>
  );
}

export default function SearchPage({ searchParams }: PageProps<"/search">) {
  return <SearchResults searchParams={searchParams} />;
}
