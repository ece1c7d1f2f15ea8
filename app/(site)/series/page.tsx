import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeriesIndex } from "@/components/series/series-index";
import { getSeriesIndexPage } from "@/lib/data/series";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.series, alternates: { canonical: "/series" } };

export default async function SeriesIndexPage() {
  const series = await getSeriesIndexPage(1);
  if (!series) notFound();
  return <SeriesIndex series={series} />;
}
