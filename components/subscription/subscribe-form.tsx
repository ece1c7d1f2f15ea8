"use client";

import { useActionState, useId } from "react";
import { subscribeAction, type SubscribeState } from "@/lib/actions/subscribe";
import { EMAIL_MAX_LENGTH } from "@/lib/validations/limits";
import { buttonClass, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

/** "Neue Folgen per E-Mail": a series, or (without seriesId) the whole blog */
export function SubscribeForm({
  seriesId,
  heading,
  note,
}: {
  seriesId?: number;
  heading: string;
  note: string;
}) {
  const [state, action, pending] = useActionState<SubscribeState, FormData>(subscribeAction, null);
  const id = useId();
  const errors = state && !state.ok ? state.fieldErrors?.email : undefined;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-stone-200 bg-white p-5 dark:border-stone-800 dark:bg-stone-900"
    >
      <h2 id={`${id}-heading`} className="font-serif text-xl font-semibold">
        {heading}
      </h2>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">{note}</p>
      <form action={action} className="mt-3" noValidate>
        <input type="hidden" name="seriesId" value={seriesId ?? ""} />
        {/* For bots only: people never see or fill this */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label>
            Website (bitte leer lassen)
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <label htmlFor={`${id}-email`} className="block text-sm font-medium">
          E-Mail-Adresse
        </label>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id={`${id}-email`}
            name="email"
            type="email"
            required
            autoComplete="email"
            maxLength={EMAIL_MAX_LENGTH}
            defaultValue={state && !state.ok ? state.email : ""}
            aria-invalid={!!errors?.length}
            aria-describedby={errors?.length ? `${id}-error` : undefined}
            className={`${inputClass} min-w-0 flex-1`}
          />
          <button type="submit" className={buttonClass} disabled={pending}>
            {pending ? "Wird gesendet …" : "Abonnieren"}
          </button>
        </div>
        {errors?.length ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {errors.join(" ")}
          </p>
        ) : null}
        <div className="mt-2" aria-live="polite">
          <FormMessage state={state} />
        </div>
      </form>
    </section>
  );
}
