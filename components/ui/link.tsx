"use client";

// next/link, prefetching a page when the reader reaches for its link (pointer over it, keyboard
// focus, a touch) rather than when the link scrolls into view. A blog page carries dozens of links
// (cards, tags, archive, author, category); prefetching each of them on load kept the browser's
// main thread busy while the page became usable and sent the server a request per link.
// `prefetch={false}` still means never (feeds, pages that are not worth it).
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

export function Link({
  prefetch,
  href,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const target = prefetch !== false && typeof href === "string" && href.startsWith("/") ? href : null;
  const prefetchTarget = () => {
    if (target) router.prefetch(target);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetchTarget();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetchTarget();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetchTarget();
        onTouchStart?.(event);
      }}
    />
  );
}
