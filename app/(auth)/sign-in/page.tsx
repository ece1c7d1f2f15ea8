import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { GitHubSignIn } from "@/components/auth/github-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { enabledProviders } from "@/lib/auth/authjs";
import { siteConfig } from "@/lib/site-config";
import { safeCallbackPath } from "@/lib/validations/auth";

// Auth.js sends people back here with ?error=… when a sign-in through it did not work
const authjsErrors: Record<string, string> = {
  Verification: "Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Fordere einfach einen neuen an.",
  AccessDenied: "Mit diesem Zugang gibt es hier kein Konto. Konten legt die Administration an.",
  OAuthAccountNotLinked: "Mit diesem Zugang gibt es hier kein Konto. Konten legt die Administration an.",
};
const fallbackError = "Die Anmeldung hat nicht geklappt. Bitte versuche es noch einmal.";

export const metadata: Metadata = { title: "Anmelden", robots: { index: false } };

// Rendered whole before it is sent, not streamed into a placeholder that only script reveals:
// signing in must work without JavaScript
export const instant = false;

async function SignInContent({ searchParams }: Pick<PageProps<"/sign-in">, "searchParams">) {
  const params = await searchParams;
  const providers = enabledProviders();
  const callbackUrl = safeCallbackPath(
    typeof params.callbackUrl === "string" ? params.callbackUrl : undefined,
  );
  return (
    <>
      {params.signedOut && (
        <p role="status" className="mb-4 rounded-md bg-stone-100 p-3 text-sm dark:bg-stone-800">
          Du bist abgemeldet.
        </p>
      )}
      {typeof params.error === "string" && (
        <p
          role="alert"
          className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {authjsErrors[params.error] ?? fallbackError}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} emailLink={providers.emailLink} />
      {providers.github && (
        <div className="mt-6 border-t border-stone-200 pt-6 dark:border-stone-800">
          <GitHubSignIn callbackUrl={callbackUrl} />
        </div>
      )}
    </>
  );
}

export default function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  return (
    <main id="content" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-12">
      <p className="mb-6 text-center">
        <Link href="/" className="font-serif text-2xl font-bold no-underline">
          {siteConfig.name}
        </Link>
      </p>
      <div className="rounded-xl border border-stone-200 bg-white p-6 shadow-sm dark:border-stone-800 dark:bg-stone-900">
        <h1 className="mb-4 font-serif text-2xl font-bold">Anmelden</h1>
        <SignInContent searchParams={searchParams} />
      </div>
    </main>
  );
}
