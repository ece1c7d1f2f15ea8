import { Link } from "@/components/ui/link";

/** Newer/older links for the long lists of the author area (newest first) */
export function AdminPager({
  page,
  totalPages,
  href,
}: {
  page: number;
  totalPages: number;
  href: (page: number) => string;
}) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Seiten" className="mt-6 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline">
          ← Neuere
        </Link>
      ) : (
        <span />
      )}
      <span>
        Seite {page} von {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={href(page + 1)} className="underline">
          Ältere →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
