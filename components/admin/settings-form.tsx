"use client";

import type { ActionState } from "@/lib/actions/action-state";
import { updateSettingsAction } from "@/lib/actions/update-settings";
import type { SiteSettings } from "@/lib/validations/settings";
import { buttonClass, FormField, inputClass } from "../ui/form-field";
import { FormMessage } from "../ui/form-message";
import { useFormAction } from "../ui/use-form-action";

type NumberSetting = {
  [K in keyof SiteSettings]: SiteSettings[K] extends number ? K : never;
}[keyof SiteSettings];
type BooleanSetting = {
  [K in keyof SiteSettings]: SiteSettings[K] extends boolean ? K : never;
}[keyof SiteSettings];

const fieldset = "space-y-4 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900";
const legend = "float-left mb-2 w-full font-semibold";

export function SettingsForm({ settings }: { settings: SiteSettings }) {
  const { state, pending, formProps } = useFormAction<ActionState>(updateSettingsAction, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  const checkbox = (name: BooleanSetting, label: string, hint?: string) => (
    <div className="flex gap-3">
      <input
        id={name}
        type="checkbox"
        name={name}
        defaultChecked={settings[name]}
        aria-describedby={hint ? `${name}-hint` : undefined}
        className="mt-1 size-4"
      />
      <div>
        <label htmlFor={name} className="font-medium">
          {label}
        </label>
        {hint && (
          <p id={`${name}-hint`} className="text-sm text-stone-600 dark:text-stone-400">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
  const number = (name: NumberSetting, label: string, hint?: string) => (
    <FormField label={label} errors={errors?.[name]} hint={hint}>
      {(props) => (
        <input
          {...props}
          name={name}
          type="number"
          inputMode="numeric"
          defaultValue={settings[name]}
          className={`${inputClass} max-w-32`}
        />
      )}
    </FormField>
  );

  return (
    <form {...formProps} className="max-w-3xl space-y-6" noValidate>
      <fieldset className={fieldset}>
        <legend className={legend}>Veröffentlichen</legend>
        {checkbox(
          "requireReview",
          "Beiträge von Autor*innen brauchen eine Freigabe",
          "Dann veröffentlichen nur Redaktion und Administration; Autor*innen schreiben Entwürfe.",
        )}
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Kommentare</legend>
        {checkbox(
          "holdFirstComments",
          "Erste Kommentare prüfen",
          "Wer schon einen freigegebenen Kommentar hat, erscheint danach sofort.",
        )}
        {checkbox("holdAllComments", "Jeden Kommentar vor dem Erscheinen prüfen")}
        {checkbox(
          "commentChallenge",
          "Kontrollfrage stellen",
          "Eine einfache Rechenfrage unter dem Formular, auch mit Screenreader lösbar.",
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          {number(
            "closeCommentsAfterDays",
            "Kommentare schließen nach (Tagen)",
            "0 = nie automatisch schließen",
          )}
          {number("commentDepth", "Verschachtelungstiefe der Antworten", "Zwischen 2 und 8 Ebenen.")}
          {number(
            "commentThreadsPerPage",
            "Kommentare pro Seite",
            "Antworten zählen nicht mit: sie stehen immer auf der Seite ihres Kommentars.",
          )}
          {number("commentMaxLinks", "Mehr Links als das → Moderation")}
          {number("commentsPerHourPerClient", "Kommentare pro Stunde und Anschluss")}
          {number("commentsPerHourPerEmail", "Kommentare pro Stunde und E-Mail-Adresse")}
        </div>
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>Wortlisten</legend>
        <FormField
          label="Wörter, die in die Moderation führen"
          errors={errors?.moderationWords}
          hint="Ein Wort oder eine Wendung pro Zeile; geprüft werden Name, E-Mail, Website und Text."
        >
          {(props) => (
            <textarea
              {...props}
              name="moderationWords"
              rows={4}
              defaultValue={settings.moderationWords}
              className={inputClass}
            />
          )}
        </FormField>
        <FormField label="Wörter, die direkt in den Spam führen" errors={errors?.spamWords}>
          {(props) => (
            <textarea
              {...props}
              name="spamWords"
              rows={4}
              defaultValue={settings.spamWords}
              className={inputClass}
            />
          )}
        </FormField>
      </fieldset>
      <div className="flex items-center gap-3">
        <button className={buttonClass} disabled={pending}>
          Einstellungen speichern
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
