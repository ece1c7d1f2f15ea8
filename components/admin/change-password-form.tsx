"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { changePasswordAction } from "@/lib/actions/change-password";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(changePasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      <FormField label="Bisheriges Passwort" errors={errors?.currentPassword}>
        {(props) => (
          <input
            {...props}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            className={inputClass}
          />
        )}
      </FormField>
      <FormField label="Neues Passwort" errors={errors?.newPassword} hint="Mindestens 12 Zeichen.">
        {(props) => (
          <input
            {...props}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </FormField>
      <FormField label="Neues Passwort wiederholen" errors={errors?.confirmPassword}>
        {(props) => (
          <input
            {...props}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            className={inputClass}
          />
        )}
      </FormField>
      <button className={buttonClass} disabled={pending}>
        Passwort ändern
      </button>
    </form>
  );
}
