import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/post/post-list";
import { getAuthorPage, getPrerenderedAuthorSlugs } from "@/lib/data/authors";
import { t } from "@/lib/i18n/messages";
import { atLeastOne } from "@/lib/static-params";
import { parseListingPage, parseSlug } from "@/lib/validations/route-params";

type Props = PageProps<"/authors/[slug]/[[...page]]">;

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedAuthorSlugs()).map((params) => ({ ...params, page: [] }));
}

async function load(params: Props["params"]) {
  const { slug: rawSlug, page: segments } = await params;
  const slug = parseSlug(rawSlug);
  const page = parseListingPage(segments);
  if (!slug || !page) return null;
  const result = await getAuthorPage(slug, page);
  return result && page <= result.posts.totalPages ? result : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load(params);
  if (!result) return { title: t.notFoundTitle };
  const path = `/authors/${result.author.slug}`;
  return {
    title: t.postsByAuthor(result.author.name),
    description: result.author.bio || undefined,
    alternates: { canonical: result.posts.page > 1 ? `${path}/page/${result.posts.page}` : path },
  };
}

export default async function AuthorPage({ params }: Props) {
  const result = await load(params);
  if (!result) notFound();
  return (
    <PostList
      title={t.postsByAuthor(result.author.name)}
      intro={
        result.author.bio ? (
          <p className="text-stone-700 dark:text-stone-300">{result.author.bio}</p>
        ) : undefined
      }
      posts={result.posts}
      basePath={`/authors/${result.author.slug}`}
    />
  );
}
