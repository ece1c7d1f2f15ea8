import { Link } from "@/components/ui/link";
import { getArchiveMonths, getRecentPosts } from "@/lib/data/posts";
import { getTagCloud } from "@/lib/data/taxonomy";
import { formatMonth } from "@/lib/format";
import { t } from "@/lib/i18n/messages";
import { TagCloud } from "../taxonomy/tag-cloud";

const headingClass = "mb-3 font-serif text-lg font-semibold";

export async function Sidebar() {
  const [recent, tags, months] = await Promise.all([getRecentPosts(5), getTagCloud(30), getArchiveMonths()]);
  return (
    <aside className="space-y-8 text-sm" aria-label={`${t.recentPosts}, ${t.tagCloud}, ${t.archive}`}>
      <section aria-labelledby="sidebar-recent">
        <h2 id="sidebar-recent" className={headingClass}>
          {t.recentPosts}
        </h2>
        <ul className="space-y-2">
          {recent.map((post) => (
            <li key={post.slug}>
              <Link href={`/posts/${post.slug}`} className="hover:text-accent-700 dark:hover:text-accent-300">
                {post.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sidebar-tags">
        <h2 id="sidebar-tags" className={headingClass}>
          {t.tagCloud}
        </h2>
        <TagCloud tags={tags} />
      </section>
      <section aria-labelledby="sidebar-archive">
        <h2 id="sidebar-archive" className={headingClass}>
          {t.archive}
        </h2>
        <ul className="space-y-1">
          {months.slice(0, 12).map(({ year, month, count }) => (
            <li key={`${year}-${month}`}>
              <Link href={`/archive/${year}/${String(month).padStart(2, "0")}`}>
                {formatMonth(year, month)}
              </Link>{" "}
              <span className="text-stone-600 dark:text-stone-400">({count})</span>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
