import { Link } from "@/components/ui/link";
import type { TagWithCount } from "@/lib/data/taxonomy";
import { t } from "@/lib/i18n/messages";

const sizes = ["text-xs", "text-sm", "text-base", "text-lg", "text-xl", "text-2xl"] as const;

/** Weight 0..5 by logarithmic share of the most used tag */
export function tagWeight(count: number, min: number, max: number): number {
  if (max <= min) return 2;
  const share = (Math.log(count) - Math.log(min)) / (Math.log(max) - Math.log(min));
  return Math.round(share * (sizes.length - 1));
}

export function TagCloud({ tags }: { tags: TagWithCount[] }) {
  const counts = tags.map((tag) => tag.postCount);
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  return (
    <ul className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={`/tags/${tag.slug}`}
            className={`${sizes[tagWeight(tag.postCount, min, max)]} text-accent-700 hover:underline dark:text-accent-300`}
            title={t.postCount(tag.postCount)}
          >
            {tag.name}
            <span className="sr-only"> ({t.postCount(tag.postCount)})</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
