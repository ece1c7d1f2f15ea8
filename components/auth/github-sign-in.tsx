import { signInWithGitHubAction } from "@/lib/actions/sign-in-with-github";
import { secondaryButtonClass } from "../ui/form-field";

export function GitHubSignIn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <form action={signInWithGitHubAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <button type="submit" className={`${secondaryButtonClass} w-full`}>
        Mit GitHub anmelden
      </button>
    </form>
  );
}
