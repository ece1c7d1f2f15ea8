"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/actions/sign-in";
import { buttonClass, FormField, inputClass } from "../ui/form-field";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, null);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {state?.message && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {state.message}
        </p>
      )}
      <FormField label="E-Mail-Adresse" errors={state?.fieldErrors?.email}>
        {(props) => (
          <input
            {...props}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={state?.email}
            className={inputClass}
          />
        )}
      </FormField>
      <FormField label="Passwort" errors={state?.fieldErrors?.password}>
        {(props) => (
          <input
            {...props}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        )}
      </FormField>
      <button type="submit" className={`${buttonClass} w-full`} disabled={pending}>
        {pending ? "Anmelden …" : "Anmelden"}
      </button>
    </form>
  );
}
