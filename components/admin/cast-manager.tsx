"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { addCastMemberAction, type AddCastMemberState } from "@/lib/actions/add-cast-member";
import { removeCastMemberAction } from "@/lib/actions/remove-cast-member";
import { reorderCastAction } from "@/lib/actions/reorder-cast";
import { updateCastMemberAction } from "@/lib/actions/update-cast-member";
import { buttonClass, FormField, inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

export interface CastMemberRow {
  id: number;
  placeholder: string;
  displayName: string;
  description: string;
}

/** Refreshes the page after a successful change, so the list shows what is stored */
function useRefreshOnSuccess(state: ActionState) {
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
}

function CastMemberForm({
  seriesId,
  member,
  position,
  count,
  onMove,
  moving,
}: {
  seriesId: number;
  member: CastMemberRow;
  position: number;
  count: number;
  onMove: (from: number, to: number) => void;
  moving: boolean;
}) {
  const { state, pending, formProps } = useFormAction<ActionState>(updateCastMemberAction, null);
  const removal = useFormAction<ActionState>(removeCastMemberAction, null);
  useRefreshOnSuccess(state);
  useRefreshOnSuccess(removal.state);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <li className="space-y-3 rounded-md border border-stone-200 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      <div className="flex items-center justify-between gap-2">
        <code className="font-semibold text-accent-700 dark:text-accent-300">{member.placeholder}</code>
        <span className="flex gap-1">
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={position === 0 || moving}
            onClick={() => onMove(position, position - 1)}
            aria-label={`${member.placeholder} nach oben`}
          >
            ↑
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={position === count - 1 || moving}
            onClick={() => onMove(position, position + 1)}
            aria-label={`${member.placeholder} nach unten`}
          >
            ↓
          </button>
        </span>
      </div>
      <form {...formProps} className="space-y-3" aria-label={`Figur ${member.placeholder}`}>
        <input type="hidden" name="seriesId" value={seriesId} />
        <input type="hidden" name="id" value={member.id} />
        <FormField label="Name im Text" errors={errors?.displayName}>
          {(props) => (
            <input
              {...props}
              name="displayName"
              defaultValue={member.displayName}
              maxLength={80}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField label="Beschreibung" errors={errors?.description}>
          {(props) => (
            <input
              {...props}
              name="description"
              defaultValue={member.description}
              maxLength={300}
              className={inputClass}
            />
          )}
        </FormField>
        <div className="flex flex-wrap items-center gap-2">
          <button className={buttonClass} disabled={pending}>
            Speichern
          </button>
          <FormMessage state={state} />
        </div>
      </form>
      <form {...removal.formProps}>
        <input type="hidden" name="seriesId" value={seriesId} />
        <input type="hidden" name="id" value={member.id} />
        <button
          className="text-sm text-red-700 underline dark:text-red-400"
          disabled={removal.pending}
          aria-label={`${member.placeholder} aus der Besetzung entfernen`}
        >
          Entfernen
        </button>
        <FormMessage state={removal.state} />
      </form>
    </li>
  );
}

function AddCastMemberForm({ seriesId }: { seriesId: number }) {
  const { state, pending, formProps } = useFormAction<AddCastMemberState>(addCastMemberAction, null);
  useRefreshOnSuccess(state);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form
      {...formProps}
      key={state?.ok ? state.member.id : "new"}
      className="space-y-3 rounded-md border border-dashed border-stone-400 p-4 dark:border-stone-600"
      aria-label="Neue Figur"
    >
      <h3 className="text-sm font-semibold">Neue Figur</h3>
      <input type="hidden" name="seriesId" value={seriesId} />
      <FormField
        label="Platzhalter"
        errors={errors?.placeholder}
        hint="Mit $ am Anfang, Buchstaben, Ziffern und Unterstrichen: $Chef, $Kunde_Autohaus."
      >
        {(props) => (
          <input {...props} name="placeholder" defaultValue="$" maxLength={60} className={inputClass} />
        )}
      </FormField>
      <FormField
        label="Name im Text"
        errors={errors?.displayName}
        hint="So steht die Figur im Text: „der Chef“."
      >
        {(props) => <input {...props} name="displayName" maxLength={80} className={inputClass} />}
      </FormField>
      <FormField label="Beschreibung" errors={errors?.description}>
        {(props) => <input {...props} name="description" maxLength={300} className={inputClass} />}
      </FormField>
      <div className="flex flex-wrap items-center gap-2">
        <button className={buttonClass} disabled={pending}>
          Hinzufügen
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** The cast of a series: each $Placeholder with the name and note readers see */
export function CastManager({ seriesId, cast }: { seriesId: number; cast: CastMemberRow[] }) {
  const [items, setItems] = useState(cast);
  const [serverCast, setServerCast] = useState(cast);
  if (cast !== serverCast) {
    setServerCast(cast);
    setItems(cast);
  }
  const [state, setState] = useState<ActionState>(null);
  const [moving, startTransition] = useTransition();
  const move = (from: number, to: number) => {
    const next = [...items];
    const [member] = next.splice(from, 1);
    if (!member) return;
    next.splice(to, 0, member);
    setItems(next);
    startTransition(async () => {
      setState(
        await reorderCastAction(
          seriesId,
          next.map((entry) => entry.id),
        ),
      );
    });
  };
  return (
    <div className="space-y-4">
      {items.length === 0 ? (
        <p className="text-sm text-stone-600 dark:text-stone-400">Noch keine Figuren.</p>
      ) : (
        <ol className="space-y-3" aria-label="Besetzung">
          {items.map((member, position) => (
            <CastMemberForm
              key={member.id}
              seriesId={seriesId}
              member={member}
              position={position}
              count={items.length}
              onMove={move}
              moving={moving}
            />
          ))}
        </ol>
      )}
      <FormMessage state={state} />
      <AddCastMemberForm seriesId={seriesId} />
    </div>
  );
}
