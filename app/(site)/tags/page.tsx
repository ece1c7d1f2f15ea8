import type { Metadata } from "next";
import { TagCloud } from "@/components/taxonomy/tag-cloud";
import { getTagCloud } from "@/lib/data/taxonomy";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.tags, alternates: { canonical: "/tags" } };

export default async function TagsPage() {
  const tags = await getTagCloud(500);
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">{t.tags}</h1>
      {tags.length === 0 ? <p>{t.noPosts}</p> : <TagCloud tags={tags} />}
    </>
  );
}
