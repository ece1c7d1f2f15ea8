"use client";

import { useEffect, useRef } from "react";
import { replyToCommentAction } from "@/lib/actions/reply-to-comment";
import type { ActionState } from "@/lib/actions/action-state";
import { COMMENT_LIMITS } from "@/lib/validations/limits";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

/** Answering from the queue publishes the answer, and the comment it answers */
export function CommentReplyForm({ parentId, parentName }: { parentId: number; parentName: string }) {
  const { state, pending, formProps } = useFormAction<ActionState>(replyToCommentAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const form = useRef<HTMLFormElement>(null);
  // A sent answer leaves an empty box; a refused one keeps what was typed
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} {...formProps} className="mt-3 space-y-3" noValidate>
      <input type="hidden" name="parentId" value={parentId} />
      <FormField label={`Antwort an ${parentName}`} errors={errors?.body}>
        {(props) => (
          <textarea {...props} name="body" rows={4} maxLength={COMMENT_LIMITS.body} className={inputClass} />
        )}
      </FormField>
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass} disabled={pending}>
          {pending ? "Wird gesendet …" : "Antworten und freischalten"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
