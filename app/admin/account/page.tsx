import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { requireUser } from "@/lib/auth/sessions";

export const metadata: Metadata = { title: "Mein Konto" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Mein Konto</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        {user.name} · {user.email}
      </p>
      <section
        aria-labelledby="password-heading"
        className="rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
      >
        <h2 id="password-heading" className="mb-4 font-semibold">
          Passwort ändern
        </h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
