"use client";

// Kept free of the server-side message catalogue so that no page ships it to the browser.
import { siteLocale } from "@/lib/i18n/locale";

const text = {
  de: {
    title: "Etwas ist schiefgegangen",
    body: "Beim Laden dieser Seite ist ein Fehler aufgetreten. Bitte versuche es gleich noch einmal.",
    retry: "Noch einmal versuchen",
  },
  en: {
    title: "Something went wrong",
    body: "An error occurred while loading this page. Please try again in a moment.",
    retry: "Try again",
  },
};

/** Shown instead of a page that failed to render; the details stay in the server log */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const messages = siteLocale === "en" ? text.en : text.de;
  return (
    <div role="alert">
      <h1 className="font-serif text-3xl font-bold">{messages.title}</h1>
      <p className="mt-4">{messages.body}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-md bg-accent-700 px-4 py-2 font-medium text-white hover:bg-accent-600"
      >
        {messages.retry}
      </button>
    </div>
  );
}
