/** A generated password, shown exactly once after the action that made it */
export function OneTimePassword({ email, password }: { email: string; password: string }) {
  return (
    <div
      role="status"
      className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm dark:bg-amber-950"
    >
      <p>
        Einmalpasswort für <strong>{email}</strong> – nur jetzt sichtbar, bitte sicher weitergeben. Nach der
        Anmeldung lässt es sich unter „Mein Konto“ ändern.
      </p>
      <p className="mt-2">
        <code className="rounded bg-white px-2 py-1 font-mono text-base select-all dark:bg-stone-900">
          {password}
        </code>
      </p>
    </div>
  );
}
