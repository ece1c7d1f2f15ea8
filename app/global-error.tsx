"use client";

// Last resort when even the root layout fails: plain HTML, no server-side text catalogue.
import { siteLocale } from "@/lib/i18n/locale";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const english = siteLocale === "en";
  return (
    <html lang={english ? "en" : "de"}>
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "40rem",
          margin: "4rem auto",
          padding: "0 1rem",
        }}
      >
        <h1>{english ? "Something went wrong" : "Etwas ist schiefgegangen"}</h1>
        <p>
          {english
            ? "The page could not be loaded. Please try again in a moment."
            : "Die Seite konnte nicht geladen werden. Bitte versuche es gleich noch einmal."}
        </p>
        <button type="button" onClick={reset}>
          {english ? "Try again" : "Noch einmal versuchen"}
        </button>
      </body>
    </html>
  );
}
