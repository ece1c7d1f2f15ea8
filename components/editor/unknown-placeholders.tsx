"use client";

import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { addCastMemberAction } from "@/lib/actions/add-cast-member";
import { unknownPlaceholders } from "@/lib/anonymisation/placeholders";
import type { CastEntry } from "@/lib/markdown/cast";
import { inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

function UnknownPlaceholder({
  placeholder,
  seriesId,
  onCastAdded,
}: {
  placeholder: string;
  seriesId: string;
  onCastAdded: (member: CastEntry) => void;
}) {
  const [displayName, setDisplayName] = useState("");
  const [state, setState] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();
  const add = () =>
    startTransition(async () => {
      const form = new FormData();
      form.set("seriesId", seriesId);
      form.set("placeholder", placeholder);
      form.set("displayName", displayName);
      form.set("description", "");
      const result = await addCastMemberAction(null, form);
      setState(result);
      if (result?.ok) onCastAdded(result.member);
    });
  return (
    <li className="flex flex-wrap items-end gap-2">
      <span>
        Nicht in der Besetzung: <code className="font-semibold">{placeholder}</code>
      </span>
      <label className="block">
        <span className="sr-only">Name im Text für {placeholder}</span>
        <input
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          placeholder="Name im Text, z. B. der Kunde"
          className={`${inputClass} py-1 text-sm`}
          maxLength={80}
        />
      </label>
      <button type="button" className={secondaryButtonClass} disabled={pending} onClick={add}>
        Zur Besetzung hinzufügen
      </button>
      <FormMessage state={state} />
    </li>
  );
}

/** Placeholders of the text the series' cast lacks: a typo, or a figure still to add */
export function UnknownPlaceholders({
  texts,
  cast,
  seriesId,
  canManageSeries,
  onCastAdded,
}: {
  texts: readonly string[];
  cast: readonly CastEntry[];
  seriesId: string;
  canManageSeries: boolean;
  onCastAdded: (member: CastEntry) => void;
}) {
  const unknown = unknownPlaceholders(texts, cast);
  if (unknown.length === 0) return null;
  if (!canManageSeries || !seriesId) {
    return (
      <div
        aria-label="Platzhalter ohne Figur"
        role="region"
        className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
      >
        <p>
          Nicht in der Besetzung:{" "}
          {unknown.map((placeholder, index) => (
            <span key={placeholder}>
              {index > 0 && ", "}
              <code className="font-semibold">{placeholder}</code>
            </span>
          ))}
        </p>
        <p className="mt-1 text-stone-700 dark:text-stone-300">
          {seriesId
            ? "Ein Tippfehler? Bitte korrigiere den Platzhalter oder wähle eine Figur der Serie (Tippe $). Neue Figuren legt die Redaktion an."
            : "Ohne Serie gibt es keine Besetzung: die Platzhalter erscheinen mit ihrem eigenen Namen."}
        </p>
      </div>
    );
  }
  return (
    <div
      aria-label="Platzhalter ohne Figur"
      role="region"
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
    >
      <ul className="space-y-2">
        {unknown.map((placeholder) => (
          <UnknownPlaceholder
            key={placeholder}
            placeholder={placeholder}
            seriesId={seriesId}
            onCastAdded={onCastAdded}
          />
        ))}
      </ul>
      <p className="mt-2 text-stone-700 dark:text-stone-300">
        Oder ein Tippfehler? Dann bitte im Text korrigieren.
      </p>
    </div>
  );
}
