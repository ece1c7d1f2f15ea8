"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

/** One button that runs an action on one thing (remove, retry), with its answer beside it */
export function InlineActionForm({
  action,
  fields,
  label,
  accessibleLabel,
}: {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string | number>;
  label: string;
  accessibleLabel?: string;
}) {
  const [state, dispatch, pending] = useActionState<ActionState, FormData>(action, null);
  return (
    <form action={dispatch} className="flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={`${secondaryButtonClass} py-1`}
        disabled={pending}
        aria-label={accessibleLabel}
      >
        {label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
