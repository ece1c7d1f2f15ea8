"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { requestSignInLinkAction } from "@/lib/actions/request-sign-in-link";
import { signInAction, type SignInState } from "@/lib/actions/sign-in";
import { buttonClass, FormField, inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

/** Email and password; with mail set up, the same address can ask for a sign-in link instead */
export function SignInForm({ callbackUrl, emailLink }: { callbackUrl: string; emailLink: boolean }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, null);
  const [linkState, linkAction, linkPending] = useActionState<ActionState, FormData>(
    requestSignInLinkAction,
    null,
  );
  const emailErrors =
    state?.fieldErrors?.email ?? (linkState?.ok ? undefined : linkState?.fieldErrors?.email);
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
      <FormField label="E-Mail-Adresse" errors={emailErrors}>
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
      <button type="submit" className={`${buttonClass} w-full`} disabled={pending || linkPending}>
        {pending ? "Anmelden …" : "Anmelden"}
      </button>
      {emailLink && (
        <>
          <button
            type="submit"
            formAction={linkAction}
            className={`${secondaryButtonClass} w-full`}
            disabled={pending || linkPending}
          >
            {linkPending ? "Link wird geschickt …" : "Ohne Passwort: Anmeldelink per E-Mail"}
          </button>
          <FormMessage state={linkState} />
        </>
      )}
    </form>
  );
}
