import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getCategories } from "@/lib/data/taxonomy";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t.categories, alternates: { canonical: "/categories" } };

export default async function CategoriesPage() {
  const categories = await getCategories();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">{t.categories}</h1>
      <ul className="space-y-2">
        {categories.map((category) => (
          <li key={category.slug}>
            <Link href={`/categories/${category.slug}`} className="font-medium underline">
              {category.name}
            </Link>{" "}
            <span className="text-stone-600 dark:text-stone-400">({t.postCount(category.postCount)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
