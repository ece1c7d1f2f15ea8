import { t } from "@/lib/i18n/messages";

/** Visible links to the RSS and Atom feeds of a listing (the head carries the autodiscovery links) */
export function FeedLinks({ basePath, json = false }: { basePath: string; json?: boolean }) {
  return (
    <p className="flex gap-4 text-sm">
      <a href={`${basePath}/feed.xml`} className="text-accent-700 underline dark:text-accent-300">
        {t.feedRss}
      </a>
      <a href={`${basePath}/atom.xml`} className="text-accent-700 underline dark:text-accent-300">
        {t.feedAtom}
      </a>
      {json && (
        <a href={`${basePath}/feed.json`} className="text-accent-700 underline dark:text-accent-300">
          {t.feedJson}
        </a>
      )}
    </p>
  );
}
