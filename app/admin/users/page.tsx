import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewUserForm } from "@/components/admin/new-user-form";
import { UserActions } from "@/components/admin/user-actions";
import { can, roleLabels } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/sessions";
import { listUsers } from "@/lib/data/admin-users";
import { formatLongDate } from "@/lib/format";

export const metadata: Metadata = { title: "Konten" };

export default async function UsersPage() {
  const user = await requireUser();
  if (!can.manageUsers(user)) notFound();
  const users = await listUsers(user);
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Konten</h1>
      <p className="mb-6 text-sm text-stone-600 dark:text-stone-400">
        Nur hier entstehen Konten. Wer ein Konto hat, meldet sich mit Passwort an – oder per GitHub bzw.
        Anmeldelink, wenn diese eingerichtet sind und die E-Mail-Adresse übereinstimmt.
      </p>
      <section
        aria-labelledby="new-user"
        className="mb-8 rounded-lg bg-white p-5 shadow-sm dark:bg-stone-900"
      >
        <h2 id="new-user" className="mb-4 font-semibold">
          Neues Konto
        </h2>
        <NewUserForm />
      </section>
      <h2 className="mb-3 font-semibold">{users.length} Konten</h2>
      <ul className="space-y-3">
        {users.map((account) => (
          <li key={account.id} className="rounded-lg bg-white p-4 shadow-sm dark:bg-stone-900">
            <div className="mb-2 flex flex-wrap items-baseline gap-x-3">
              <span className="font-medium">{account.name}</span>
              <span className="text-sm text-stone-600 dark:text-stone-400">{account.email}</span>
              <span className="text-sm">{roleLabels[account.role]}</span>
              {account.disabled && (
                <span className="rounded bg-red-100 px-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
                  gesperrt
                </span>
              )}
              <span className="ml-auto text-xs text-stone-600 dark:text-stone-400">
                seit {formatLongDate(account.createdAt)} · {account.postCount} Beiträge ·{" "}
                {account.activeSessions} aktive Anmeldungen
              </span>
            </div>
            {account.id === user.id ? (
              <p className="text-sm text-stone-600 dark:text-stone-400">Dein eigenes Konto.</p>
            ) : (
              <UserActions user={account} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
