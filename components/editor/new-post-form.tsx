"use client";

import { useActionState } from "react";
import { createPostAction, type CreatePostState } from "@/lib/actions/create-post";
import { buttonClass, FormField, inputClass } from "../ui/form-field";

export function NewPostForm() {
  const [state, action, pending] = useActionState<CreatePostState, FormData>(createPostAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      action={action}
      className="max-w-2xl space-y-4 rounded-lg bg-white p-6 shadow-sm dark:bg-stone-900"
      noValidate
    >
      {state && !state.ok && !errors && (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      )}
      <FormField
        label="Titel"
        errors={errors?.title}
        hint="Alles Weitere schreibst du im Editor; er speichert von selbst."
      >
        {(props) => (
          <input
            {...props}
            name="title"
            defaultValue={state?.title}
            maxLength={200}
            autoFocus
            className={`${inputClass} font-serif text-xl`}
          />
        )}
      </FormField>
      <fieldset className="flex gap-6 text-sm">
        <legend className="mb-1 font-medium">Art</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="ARTICLE" defaultChecked /> Artikel
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="ANECDOTE" /> Anekdote
        </label>
      </fieldset>
      <button className={buttonClass} disabled={pending}>
        {pending ? "Legt an …" : "Entwurf anlegen"}
      </button>
    </form>
  );
}
