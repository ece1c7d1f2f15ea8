import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SignInForm } from "@/components/auth/sign-in-form";
import { siteConfig } from "@/lib/site-config";
import { safeCallbackPath } from "@/lib/validations/auth";

export const metadata: Metadata = { title: "Anmelden", robots: { index: false } };

async function SignInContent({ searchParams }: Pick<PageProps<"/sign-in">, "searchParams">) {
  const params = await searchParams;
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
      <SignInForm callbackUrl={callbackUrl} />
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
        <Suspense>
          <SignInContent searchParams={searchParams} />
        </Suspense>
      </div>
    </main>
  );
}
