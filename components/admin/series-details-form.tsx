"use client";

import type { ActionState } from "@/lib/actions/action-state";
import { updateSeriesAction } from "@/lib/actions/update-series";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export function SeriesDetailsForm({
  series,
}: {
  series: { id: number; title: string; description: string };
}) {
  const { state, pending, formProps } = useFormAction<ActionState>(updateSeriesAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="id" value={series.id} />
      <FormField label="Titel der Serie" errors={errors?.title}>
        {(props) => (
          <input {...props} name="title" defaultValue={series.title} maxLength={120} className={inputClass} />
        )}
      </FormField>
      <FormField
        label="Beschreibung"
        errors={errors?.description}
        hint="Steht über den Folgen auf der Seite der Serie."
      >
        {(props) => (
          <textarea
            {...props}
            name="description"
            defaultValue={series.description}
            rows={4}
            maxLength={2000}
            className={inputClass}
          />
        )}
      </FormField>
      <div className="flex items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          Speichern
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
