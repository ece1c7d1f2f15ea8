// /series/page/N. A series' own pages are /series/<slug>/page/N, one segment longer, so this
// static segment shadows nothing but a series slugged "page", which lib/data/admin-posts.ts refuses.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesIndex } from "@/components/series/series-index";
import { getSeriesIndexPage } from "@/lib/data/series";
import { t } from "@/lib/i18n/messages";
import { parsePageNumber } from "@/lib/validations/route-params";

type Props = PageProps<"/series/page/[page]">;

export function generateStaticParams() {
  return [{ page: "2" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page);
  const series = page ? await getSeriesIndexPage(page) : null;
  if (!series) return { title: t.notFoundTitle };
  return {
    title: `${t.series} – ${t.pageOf(series.page, series.totalPages)}`,
    alternates: { canonical: `/series/page/${series.page}` },
  };
}

export default async function SeriesIndexMorePage({ params }: Props) {
  const page = parsePageNumber((await params).page);
  const series = page ? await getSeriesIndexPage(page) : null;
  if (!series) notFound();
  return <SeriesIndex series={series} />;
}
