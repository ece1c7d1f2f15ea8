"use client";

import { editCommentAction } from "@/lib/actions/edit-comment";
import type { ActionState } from "@/lib/actions/action-state";
import { COMMENT_LIMITS } from "@/lib/validations/limits";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export function CommentEditForm({
  comment,
}: {
  comment: { id: number; authorName: string; authorUrl: string | null; body: string };
}) {
  const { state, pending, formProps } = useFormAction<ActionState>(editCommentAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form {...formProps} className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="id" value={comment.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField label="Name" errors={errors?.authorName}>
          {(props) => (
            <input
              {...props}
              name="authorName"
              defaultValue={comment.authorName}
              maxLength={COMMENT_LIMITS.name}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField label="Website" errors={errors?.authorUrl}>
          {(props) => (
            <input
              {...props}
              name="authorUrl"
              type="url"
              defaultValue={comment.authorUrl ?? ""}
              maxLength={COMMENT_LIMITS.url}
              className={inputClass}
            />
          )}
        </FormField>
      </div>
      <FormField label="Kommentar" errors={errors?.body}>
        {(props) => (
          <textarea
            {...props}
            name="body"
            rows={5}
            defaultValue={comment.body}
            maxLength={COMMENT_LIMITS.body}
            className={inputClass}
          />
        )}
      </FormField>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Speichert …" : "Änderung speichern"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
