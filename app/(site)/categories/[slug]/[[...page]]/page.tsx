import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/post/post-list";
import { getCategoryPage, getPrerenderedCategorySlugs } from "@/lib/data/taxonomy";
import { t } from "@/lib/i18n/messages";
import { atLeastOne } from "@/lib/static-params";
import { parseListingPage, parseSlug } from "@/lib/validations/route-params";

type Props = PageProps<"/categories/[slug]/[[...page]]">;

export async function generateStaticParams() {
  return atLeastOne("slug", await getPrerenderedCategorySlugs()).map((params) => ({ ...params, page: [] }));
}

async function load(params: Props["params"]) {
  const { slug: rawSlug, page: segments } = await params;
  const slug = parseSlug(rawSlug);
  const page = parseListingPage(segments);
  if (!slug || !page) return null;
  const result = await getCategoryPage(slug, page);
  return result && page <= result.posts.totalPages ? result : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load(params);
  if (!result) return { title: t.notFoundTitle };
  const path = `/categories/${result.category.slug}`;
  return {
    title: t.postsInCategory(result.category.name),
    description: result.category.description || undefined,
    alternates: { canonical: result.posts.page > 1 ? `${path}/page/${result.posts.page}` : path },
  };
}

export default async function CategoryPage({ params }: Props) {
  const result = await load(params);
  if (!result) notFound();
  return (
    <PostList
      title={t.postsInCategory(result.category.name)}
      intro={
        result.category.description ? (
          <p className="text-stone-700 dark:text-stone-300">{result.category.description}</p>
        ) : undefined
      }
      posts={result.posts}
      basePath={`/categories/${result.category.slug}`}
    />
  );
}
