"use client";

import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import { addCastMemberAction } from "@/lib/actions/add-cast-member";
import { checkAnonymisationAction } from "@/lib/actions/check-anonymisation";
import { markFindingSafeAction } from "@/lib/actions/mark-finding-safe";
import type { ReviewView } from "@/lib/data/anonymisation";
import { isPlaceholderName, suggestPlaceholder } from "@/lib/anonymisation/placeholders";
import {
  findingKindLabels,
  postTextFieldLabels,
  type PostFinding,
  type PostTexts,
} from "@/lib/anonymisation/post-findings";
import type { FindingKind } from "@/lib/anonymisation/guard";
import type { CastEntry } from "@/lib/markdown/cast";
import { buttonClass, inputClass, secondaryButtonClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";

/** Fired by the status panel when publishing was refused, so the findings show at once */
export const checkAnonymisationEvent = "casebook:check-anonymisation";

const newPlaceholder = "__new__";

const kindLabel = (kind: string) => findingKindLabels[kind as FindingKind] ?? "Ausnahme der Redaktion";

function FindingItem({
  finding,
  postId,
  cast,
  seriesId,
  canManageSeries,
  onReplace,
  onCastAdded,
  onReviewed,
}: {
  finding: PostFinding;
  postId: number;
  cast: readonly CastEntry[];
  seriesId: string;
  canManageSeries: boolean;
  onReplace: (target: string, placeholder: string) => void;
  onCastAdded: (member: CastEntry) => void;
  onReviewed: () => void;
}) {
  const [choice, setChoice] = useState("");
  const [placeholder, setPlaceholder] = useState(() => suggestPlaceholder(finding.text) || "$");
  const [displayName, setDisplayName] = useState("");
  const [description, setDescription] = useState("");
  const [markingSafe, setMarkingSafe] = useState(false);
  const [reason, setReason] = useState("");
  const [state, setState] = useState<ActionState>(null);
  const [pending, startTransition] = useTransition();
  const addsToCast = canManageSeries && seriesId !== "";
  const label = `„${finding.text}“`;

  const replace = () => {
    if (choice !== newPlaceholder) {
      if (choice) onReplace(finding.text, choice);
      else setState({ ok: false, message: "Bitte wähle einen Platzhalter." });
      return;
    }
    const name = placeholder.trim().normalize("NFC");
    if (!isPlaceholderName(name)) {
      setState({
        ok: false,
        message: "Ein Platzhalter beginnt mit $ und besteht aus Buchstaben, Ziffern und Unterstrichen.",
      });
      return;
    }
    if (!addsToCast || cast.some((member) => member.placeholder === name)) {
      onReplace(finding.text, name);
      return;
    }
    startTransition(async () => {
      const form = new FormData();
      form.set("seriesId", seriesId);
      form.set("placeholder", name);
      form.set("displayName", displayName);
      form.set("description", description);
      const result = await addCastMemberAction(null, form);
      if (!result?.ok) {
        setState(result);
        return;
      }
      onCastAdded(result.member);
      onReplace(finding.text, result.member.placeholder);
    });
  };

  const markSafe = () => {
    startTransition(async () => {
      const form = new FormData();
      form.set("postId", String(postId));
      form.set("kind", finding.kind);
      form.set("text", finding.text);
      form.set("reason", reason);
      const result = await markFindingSafeAction(null, form);
      setState(result);
      if (result?.ok) onReviewed();
    });
  };

  return (
    <li className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950">
      <p className="flex flex-wrap items-baseline gap-2">
        <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-800 dark:text-amber-50">
          {findingKindLabels[finding.kind]}
        </span>
        <mark className="rounded bg-amber-200 px-1 font-semibold text-stone-900">{finding.text}</mark>
        <span className="text-xs text-stone-600 dark:text-stone-400">
          in {finding.fields.map((field) => postTextFieldLabels[field]).join(", ")}
          {finding.occurrences > 1 && ` (${finding.occurrences}×)`}
        </span>
      </p>
      <p className="font-serif text-stone-700 dark:text-stone-300">
        {finding.context.before}
        <mark className="bg-amber-200 text-stone-900">{finding.context.match}</mark>
        {finding.context.after}
      </p>
      {finding.fields.includes("alt") && (
        <p className="text-xs text-stone-600 dark:text-stone-400">
          Den Alternativtext des Titelbilds änderst du in der Mediathek; Ersetzen ändert ihn nicht.
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <label className="block">
          <span className="sr-only">Platzhalter für {label}</span>
          <select
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            className={`${inputClass} py-1 text-sm`}
            aria-label={`Platzhalter für ${label}`}
          >
            <option value="">Platzhalter wählen …</option>
            {cast.map((member) => (
              <option key={member.placeholder} value={member.placeholder}>
                {member.placeholder} – {member.displayName}
              </option>
            ))}
            <option value={newPlaceholder}>Neuer Platzhalter …</option>
          </select>
        </label>
        <button
          type="button"
          className={buttonClass}
          disabled={pending}
          onClick={replace}
          aria-label={`${label} überall ersetzen`}
        >
          Ersetzen
        </button>
        <button
          type="button"
          className={secondaryButtonClass}
          aria-expanded={markingSafe}
          onClick={() => setMarkingSafe((value) => !value)}
          aria-label={`${label} als unbedenklich markieren`}
        >
          Unbedenklich …
        </button>
      </div>
      {choice === newPlaceholder && (
        <div className="grid gap-2 sm:grid-cols-3">
          <label className="block">
            <span className="mb-0.5 block text-xs font-medium">Neuer Platzhalter</span>
            <input
              value={placeholder}
              onChange={(event) => setPlaceholder(event.target.value)}
              className={`${inputClass} py-1 text-sm`}
              maxLength={60}
            />
          </label>
          {addsToCast ? (
            <>
              <label className="block">
                <span className="mb-0.5 block text-xs font-medium">Name im Text</span>
                <input
                  value={displayName}
                  onChange={(event) => setDisplayName(event.target.value)}
                  placeholder="der Kunde"
                  className={`${inputClass} py-1 text-sm`}
                  maxLength={80}
                />
              </label>
              <label className="block">
                <span className="mb-0.5 block text-xs font-medium">Beschreibung</span>
                <input
                  value={description}
                  onChange={(event) => setDescription(event.target.value)}
                  className={`${inputClass} py-1 text-sm`}
                  maxLength={300}
                />
              </label>
            </>
          ) : (
            <p className="text-xs text-stone-600 sm:col-span-2 dark:text-stone-400">
              Neue Figuren legt die Redaktion in der Besetzung der Serie an; bis dahin erscheint der
              Platzhalter als „Nicht in der Besetzung“.
            </p>
          )}
        </div>
      )}
      {markingSafe && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="block flex-1">
            <span className="mb-0.5 block text-xs font-medium">Begründung für {label}</span>
            <input
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              placeholder="z. B. erfundener Name, öffentliche Behörde"
              className={`${inputClass} py-1 text-sm`}
              maxLength={300}
              required
            />
          </label>
          <button type="button" className={secondaryButtonClass} disabled={pending} onClick={markSafe}>
            Als unbedenklich markieren
          </button>
        </div>
      )}
      <FormMessage state={state} />
    </li>
  );
}

/** "Auf Klarnamen prüfen": the guard's findings on what the editor holds, each to replace or mark safe */
export function AnonymisationPanel({
  postId,
  texts,
  cast,
  seriesId,
  canManageSeries,
  initial,
  onReplace,
  onCastAdded,
}: {
  postId: number;
  texts: PostTexts;
  cast: readonly CastEntry[];
  seriesId: string;
  canManageSeries: boolean;
  initial: { findings: PostFinding[]; reviews: ReviewView[] };
  onReplace: (target: string, placeholder: string) => void;
  onCastAdded: (member: CastEntry) => void;
}) {
  const [result, setResult] = useState(initial);
  const [checked, setChecked] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [checking, startTransition] = useTransition();
  const latest = useRef(texts);
  useEffect(() => {
    latest.current = texts;
  }, [texts]);

  const check = useCallback(() => {
    startTransition(async () => {
      try {
        const answer = await checkAnonymisationAction({ postId, texts: latest.current });
        if (!answer) return;
        if (!answer.ok) {
          setMessage(answer.message);
          return;
        }
        setMessage(null);
        setResult({ findings: answer.findings, reviews: answer.reviews });
        setChecked(true);
      } catch {
        setMessage("Die Prüfung ist gerade nicht erreichbar.");
      }
    });
  }, [postId]);

  // After the first check, the list follows the text as it changes
  useEffect(() => {
    if (!checked) return;
    const timer = setTimeout(check, 800);
    return () => clearTimeout(timer);
  }, [checked, check, texts]);

  useEffect(() => {
    window.addEventListener(checkAnonymisationEvent, check);
    return () => window.removeEventListener(checkAnonymisationEvent, check);
  }, [check]);

  const safe = result.reviews.filter((review) => review.kind !== "override");
  const overrides = result.reviews.filter((review) => review.kind === "override");
  return (
    <section
      aria-labelledby="anonymisation-heading"
      className="space-y-3 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="anonymisation-heading" className="text-sm font-semibold">
          Anonymisierung
        </h2>
        <button type="button" className={secondaryButtonClass} onClick={check} disabled={checking}>
          {checking ? "Prüft …" : "Auf Klarnamen prüfen"}
        </button>
      </div>
      {message && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
      <div role="status" aria-live="polite" className="text-sm">
        {result.findings.length === 0
          ? checked
            ? "Keine möglichen Klarnamen gefunden."
            : "Vor dem Veröffentlichen prüft der Wächter Titel, Kurzfassung, Text und Bildunterschrift."
          : `${result.findings.length === 1 ? "1 möglicher Klarname" : `${result.findings.length} mögliche Klarnamen`} – bitte ersetzen oder als unbedenklich markieren.`}
      </div>
      {result.findings.length > 0 && (
        <ul className="space-y-3" aria-label="Mögliche Klarnamen">
          {result.findings.map((finding) => (
            <FindingItem
              key={`${finding.kind}:${finding.text}`}
              finding={finding}
              postId={postId}
              cast={cast}
              seriesId={seriesId}
              canManageSeries={canManageSeries}
              onReplace={onReplace}
              onCastAdded={onCastAdded}
              onReviewed={check}
            />
          ))}
        </ul>
      )}
      {safe.length > 0 && (
        <details className="text-sm" open>
          <summary className="cursor-pointer font-medium">Als unbedenklich markiert ({safe.length})</summary>
          <ul className="mt-2 space-y-1">
            {safe.map((review) => (
              <li key={`${review.kind}:${review.text}`}>
                <span className="font-semibold">{review.text}</span> ({kindLabel(review.kind)}):{" "}
                {review.reason}
                <span className="text-stone-600 dark:text-stone-400">
                  {" "}
                  – {review.userName ?? "unbekannt"}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {overrides.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">
            Trotz Fund freigegeben ({overrides.length})
          </summary>
          <ul className="mt-2 space-y-1">
            {overrides.map((review) => (
              <li key={review.text}>
                <span className="font-semibold">{review.text}</span>: {review.reason}
                <span className="text-stone-600 dark:text-stone-400">
                  {" "}
                  – {review.userName ?? "unbekannt"},{" "}
                  {new Date(review.createdAt).toLocaleString("de-DE", {
                    dateStyle: "medium",
                    timeStyle: "short",
                  })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
