"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { updateMediaAction } from "@/lib/actions/update-media";
import type { MediaItem } from "@/lib/data/media";
import { FormField, inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

export function MediaDetailsForm({ item }: { item: MediaItem }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(updateMediaAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={item.id} />
      <FormField label="Beschreibung (Alternativtext)" errors={errors?.alt}>
        {(props) => (
          <input {...props} name="alt" defaultValue={item.alt} className={inputClass} maxLength={300} />
        )}
      </FormField>
      <FormField label="Bildunterschrift" errors={errors?.caption}>
        {(props) => (
          <input
            {...props}
            name="caption"
            defaultValue={item.caption}
            className={inputClass}
            maxLength={300}
          />
        )}
      </FormField>
      <div className="grid gap-2 sm:grid-cols-2">
        <FormField label="Foto" errors={errors?.credit}>
          {(props) => (
            <input
              {...props}
              name="credit"
              defaultValue={item.credit}
              className={inputClass}
              maxLength={120}
            />
          )}
        </FormField>
        <FormField label="Quelle" errors={errors?.source}>
          {(props) => (
            <input
              {...props}
              name="source"
              defaultValue={item.source}
              className={inputClass}
              maxLength={120}
            />
          )}
        </FormField>
      </div>
      <div className="flex items-center gap-3">
        <button className={secondaryButtonClass} disabled={pending}>
          Speichern
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
