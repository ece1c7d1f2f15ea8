import type { Metadata } from "next";
import { SearchForm } from "@/components/layout/search-form";
import { PostCard } from "@/components/post/post-card";
import { searchPublishedPosts } from "@/lib/data/search";
import { t } from "@/lib/i18n/messages";
import { parseSearchQuery } from "@/lib/validations/search";

export const metadata: Metadata = { title: t.search, robots: { index: false, follow: true } };

// Results depend on the query, so this page renders per request. It blocks until they are
// ready instead of streaming them into a placeholder, so readers without JavaScript see them.
export const instant = false;

async function SearchResults({ searchParams }: Pick<PageProps<"/search">, "searchParams">) {
  const query = parseSearchQuery((await searchParams).q);
  const { posts: results, more } = query ? await searchPublishedPosts(query) : { posts: [], more: false };
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
            {more ? t.searchResultCountMore(results.length) : t.searchResultCount(results.length)}
          </p>
          <div className="space-y-8">
            {results.map((post) => (
              <PostCard key={post.id} post={post} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

export default function SearchPage({ searchParams }: PageProps<"/search">) {
  return <SearchResults searchParams={searchParams} />;
}
