import { t } from "@/lib/i18n/messages";
import { SEARCH_QUERY_MAX_LENGTH } from "@/lib/validations/search";

/** A plain GET form: works without JavaScript */
export function SearchForm({
  defaultValue = "",
  id = "site-search",
}: {
  defaultValue?: string;
  id?: string;
}) {
  return (
    <form role="search" action="/search" method="get" className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {t.searchLabel}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={SEARCH_QUERY_MAX_LENGTH}
        placeholder={t.searchPlaceholder}
        className="w-44 rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-950"
      />
      <button
        type="submit"
        className="rounded-md bg-accent-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-accent-600"
      >
        {t.searchSubmit}
      </button>
    </form>
  );
}
