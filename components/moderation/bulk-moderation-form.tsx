"use client";

import { moderateCommentsAction } from "@/lib/actions/moderate-comments";
import type { ActionState } from "@/lib/actions/action-state";
import { inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export const BULK_FORM_ID = "moderation-bulk";

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
      className="mb-4 flex flex-wrap items-center gap-2"
      aria-busy={pending}
    >
      {actions.length > 0 && (
        <>
          <label htmlFor="bulk-action" className="text-sm font-medium">
            Markierte:
          </label>
          <select id="bulk-action" name="action" defaultValue="" className={`${inputClass} w-auto py-1`}>
            <option value="">Aktion wählen …</option>
            {actions.map((action) => (
              <option key={action.value} value={action.value}>
                {action.label}
              </option>
            ))}
          </select>
          <button type="submit" className={secondaryButtonClass} disabled={pending}>
            Anwenden
          </button>
        </>
      )}
      <div className="basis-full" aria-live="polite">
        <FormMessage state={state} />
      </div>
    </form>
  );
}
