"use client";

import { moderateCommentsAction } from "@/lib/actions/moderate-comments";
import type { ActionState } from "@/lib/actions/action-state";
import { secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export const BULK_FORM_ID = "moderation-bulk";

const selectClass =
  "rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm text-stone-900 dark:border-stone-600 dark:bg-stone-950 dark:text-stone-100";

/** Ticks or unticks every comment of the list (the checkboxes belong to the bulk form) */
function toggleAll(checked: boolean) {
  for (const box of document.querySelectorAll<HTMLInputElement>(
    `input[name="ids"][form="${BULK_FORM_ID}"]`,
  )) {
    box.checked = checked;
  }
}

/**
 * The form every checkbox and action button of the queue belongs to (through their `form`
 * attribute, as the rows hold forms of their own for editing and replying).
 */
export function BulkModerationForm({ actions }: { actions: { value: string; label: string }[] }) {
  const { state, pending, formProps } = useFormAction<ActionState>(moderateCommentsAction, null);
  return (
    <form
      id={BULK_FORM_ID}
      {...formProps}
      className={
        actions.length > 0
          ? "mb-4 flex flex-wrap items-center gap-3 rounded-lg bg-white px-4 py-3 shadow-sm dark:bg-stone-900"
          : "mb-4"
      }
      aria-busy={pending}
    >
      {actions.length > 0 && (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" onChange={(event) => toggleAll(event.target.checked)} />
            Alle auswählen
          </label>
          <label htmlFor="bulk-action" className="ml-2 text-sm font-medium">
            Markierte:
          </label>
          <select id="bulk-action" name="action" defaultValue="" className={selectClass}>
            <option value="">Aktion wählen …</option>
            {actions.map((action) => (
              <option key={action.value} value={action.value}>
                {action.label}
              </option>
            ))}
          </select>
          <button type="submit" className={`${secondaryButtonClass} py-1.5`} disabled={pending}>
            Anwenden
          </button>
        </>
      )}
      <div className="basis-full empty:hidden" aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
