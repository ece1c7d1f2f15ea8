import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostList } from "@/components/post/post-list";
import { getArchiveMonths, getPostsInMonth } from "@/lib/data/posts";
import { formatMonth } from "@/lib/format";
import { t } from "@/lib/i18n/messages";
import { parseListingPage, parseYearMonth } from "@/lib/validations/route-params";

type Props = PageProps<"/archive/[year]/[month]/[[...page]]">;

export async function generateStaticParams() {
  const months = await getArchiveMonths();
  const list = months.length > 0 ? months.slice(0, 12) : [{ year: 2000, month: 1 }];
  return list.map(({ year, month }) => ({
    year: String(year),
    month: String(month).padStart(2, "0"),
    page: [],
  }));
}

async function load(params: Props["params"]) {
  const { year: rawYear, month: rawMonth, page: segments } = await params;
  const date = parseYearMonth(rawYear, rawMonth);
  const page = parseListingPage(segments);
  if (!date || !page) return null;
  const posts = await getPostsInMonth(date.year, date.month, page);
  if (posts.total === 0 || page > posts.totalPages) return null;
  return { ...date, posts, path: `/archive/${rawYear}/${rawMonth}` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await load(params);
  if (!result) return { title: t.notFoundTitle };
  return {
    title: t.postsInMonth(formatMonth(result.year, result.month)),
    alternates: {
      canonical: result.posts.page > 1 ? `${result.path}/page/${result.posts.page}` : result.path,
    },
  };
}

export default async function MonthArchivePage({ params }: Props) {
  const result = await load(params);
  if (!result) notFound();
  return (
    <PostList
      title={t.postsInMonth(formatMonth(result.year, result.month))}
      posts={result.posts}
      basePath={result.path}
    />
  );
}
