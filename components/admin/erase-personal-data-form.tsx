"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { erasePersonalDataAction } from "@/lib/actions/erase-personal-data";
import { secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

export function ErasePersonalDataForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(erasePersonalDataAction, null);
  const errors = state && !state.ok ? state.fieldErrors?.confirm : undefined;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="email" value={email} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" className="mt-1" aria-invalid={!!errors?.length} />
        <span>
          Ja, alles zu {email} endgültig löschen (Kommentare, Abo mit Einwilligungen, E-Mails im Postausgang).
        </span>
      </label>
      {errors?.length ? (
        <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.join(" ")}</p>
      ) : null}
      <button type="submit" className={secondaryButtonClass} disabled={pending}>
        Alles löschen
      </button>
      <FormMessage state={state} />
    </form>
  );
}
