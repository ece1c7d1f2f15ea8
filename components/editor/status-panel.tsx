"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { changePostStatusAction, type ChangeStatusState } from "@/lib/actions/change-post-status";
import { buttonClass, inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { checkAnonymisationEvent } from "./anonymisation-panel";
import { OverrideReasonField } from "./override-reason-field";

const labels = {
  DRAFT: "Entwurf",
  SCHEDULED: "Geplant",
  PUBLISHED: "Veröffentlicht",
  UNPUBLISHED: "Zurückgezogen",
} as const;

export function StatusPanel({
  id,
  status,
  scheduledFor,
  publicPath,
  canPublish,
  canOverride = false,
  heldBack = false,
}: {
  id: number;
  status: keyof typeof labels;
  /** "2026-12-24T09:30" in the site's time zone, when scheduled */
  scheduledFor: string;
  publicPath: string;
  canPublish: boolean;
  /** Editors and administrators may publish an anecdote past the guard, with a reason */
  canOverride?: boolean;
  /** Scheduled, but the scheduler holds it back until the guard's findings are resolved */
  heldBack?: boolean;
}) {
  const router = useRouter();
  const [state, action, pending] = useActionState<ChangeStatusState, FormData>(changePostStatusAction, null);
  const blocked =
    state !== null &&
    !state.ok &&
    (!!state.fieldErrors?.anonymisation || !!state.fieldErrors?.overrideReason);
  // What the override repeats: publishing now, or the schedule that was refused (with its time)
  const [attempt, setAttempt] = useState<{ intent: "publish" } | { intent: "schedule"; publishAt: string }>({
    intent: "publish",
  });
  useEffect(() => {
    if (state?.ok) router.refresh();
    // Refused for unresolved findings: the anonymisation panel lists them at once
    if (blocked) window.dispatchEvent(new Event(checkAnonymisationEvent));
  }, [state, router, blocked]);
  return (
    <section
      aria-labelledby="status-heading"
      className="space-y-3 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
    >
      <h2 id="status-heading" className="text-sm font-semibold">
        Status: <span data-testid="post-status">{labels[status]}</span>
      </h2>
      {heldBack && (
        <p
          role="alert"
          data-testid="held-back"
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          Angehalten: Der Text enthält seit dem Planen mögliche Klarnamen. Die Anekdote erscheint erst, wenn
          sie ersetzt oder als unbedenklich markiert sind.
        </p>
      )}
      <FormMessage state={state} />
      {blocked && canOverride && (
        <form action={action} className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="intent" value={attempt.intent} />
          {attempt.intent === "schedule" && (
            <input type="hidden" name="publishAt" value={attempt.publishAt} />
          )}
          <OverrideReasonField
            label="Begründung für die Ausnahme"
            errors={state?.fieldErrors?.overrideReason}
          />
          <button className={secondaryButtonClass} disabled={pending}>
            {attempt.intent === "schedule" ? "Trotzdem planen" : "Trotzdem veröffentlichen"}
          </button>
        </form>
      )}
      <div className="flex flex-wrap gap-2">
        {canPublish && status !== "PUBLISHED" && (
          <form action={action} onSubmit={() => setAttempt({ intent: "publish" })}>
            <input type="hidden" name="id" value={id} />
            <button name="intent" value="publish" className={buttonClass} disabled={pending}>
              Jetzt veröffentlichen
            </button>
          </form>
        )}
        {status === "PUBLISHED" && (
          <form action={action}>
            <input type="hidden" name="id" value={id} />
            <button name="intent" value="unpublish" className={secondaryButtonClass} disabled={pending}>
              Zurückziehen
            </button>
          </form>
        )}
        {(status === "SCHEDULED" || status === "UNPUBLISHED") && (
          <form action={action}>
            <input type="hidden" name="id" value={id} />
            <button name="intent" value="draft" className={secondaryButtonClass} disabled={pending}>
              Zum Entwurf machen
            </button>
          </form>
        )}
      </div>
      {canPublish && status !== "PUBLISHED" && (
        <form
          action={action}
          className="space-y-2"
          onSubmit={(event) =>
            setAttempt({
              intent: "schedule",
              publishAt: String(new FormData(event.currentTarget).get("publishAt") ?? ""),
            })
          }
        >
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="intent" value="schedule" />
          <label className="block text-sm">
            <span className="mb-1 block font-medium">Planen für (Ortszeit)</span>
            <input
              type="datetime-local"
              name="publishAt"
              defaultValue={scheduledFor}
              required
              className={inputClass}
            />
          </label>
          {!state?.ok && state?.fieldErrors?.publishAt && (
            <p className="text-sm text-red-700">{state.fieldErrors.publishAt.join(" ")}</p>
          )}
          <button className={secondaryButtonClass} disabled={pending}>
            {status === "SCHEDULED" ? "Neu planen" : "Planen"}
          </button>
        </form>
      )}
      {!canPublish && (
        <p className="text-sm text-stone-600 dark:text-stone-400">Veröffentlichen übernimmt die Redaktion.</p>
      )}
      <p className="flex gap-3 text-sm">
        {status === "PUBLISHED" ? (
          <Link href={publicPath} prefetch={false} className="underline">
            Ansehen
          </Link>
        ) : (
          <Link href={`/admin/posts/${id}/preview`} prefetch={false} className="underline">
            Vorschau
          </Link>
        )}
        <Link href={`/admin/posts/${id}/revisions`} className="underline">
          Versionen
        </Link>
      </p>
    </section>
  );
}
