"use client";

import { useActionState } from "react";
import { restoreRevisionAction } from "@/lib/actions/restore-revision";
import type { ActionState } from "@/lib/actions/action-state";
import { secondaryButtonClass } from "../ui/form-field";

export function RestoreRevisionButton({ postId, revisionId }: { postId: number; revisionId: number }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(restoreRevisionAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button className={secondaryButtonClass} disabled={pending}>
        Diese Version wiederherstellen
      </button>
      {state && !state.ok && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
