"use client";

import type { ActionState } from "@/lib/actions/action-state";
import { saveAnecdoteReleaseAction } from "@/lib/actions/save-anecdote-release";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

/** Whether the customer agreed to this anecdote: for the author area only, never shown to readers */
export function ReleasePanel({
  postId,
  release,
}: {
  postId: number;
  release: { customerAgreed: boolean; agreedAt: string; note: string };
}) {
  const { state, pending, formProps } = useFormAction<ActionState>(saveAnecdoteReleaseAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <section
      aria-labelledby="release-heading"
      className="space-y-3 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
    >
      <h2 id="release-heading" className="text-sm font-semibold">
        Freigabe durch die Kundschaft
      </h2>
      <p className="text-xs text-stone-600 dark:text-stone-400">
        Nur im Autorenbereich sichtbar, nie öffentlich.
      </p>
      <form {...formProps} className="space-y-3">
        <input type="hidden" name="postId" value={postId} />
        <fieldset className="flex gap-4 text-sm">
          <legend className="mb-1 block font-medium">Kundschaft hat zugestimmt</legend>
          <label className="flex items-center gap-1">
            <input type="radio" name="customerAgreed" value="true" defaultChecked={release.customerAgreed} />{" "}
            Ja
          </label>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="customerAgreed"
              value="false"
              defaultChecked={!release.customerAgreed}
            />{" "}
            Nein
          </label>
        </fieldset>
        <FormField label="Zugestimmt am" errors={errors?.agreedAt}>
          {(props) => (
            <input
              {...props}
              type="date"
              name="agreedAt"
              defaultValue={release.agreedAt}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField
          label="Notiz zur Freigabe"
          errors={errors?.note}
          hint="Wer, wie (Mail, Telefon), Bedingungen."
        >
          {(props) => (
            <textarea
              {...props}
              name="note"
              defaultValue={release.note}
              rows={3}
              maxLength={1000}
              className={inputClass}
            />
          )}
        </FormField>
        <div className="flex flex-wrap items-center gap-2">
          <button className={buttonClass} disabled={pending}>
            Freigabe speichern
          </button>
          <FormMessage state={state} />
        </div>
      </form>
    </section>
  );
}
